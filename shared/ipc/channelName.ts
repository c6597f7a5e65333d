/** Prefix on the wire, so our handlers never collide with Electron's or a library's. */
export const CHANNEL_PREFIX = 'cairn:';

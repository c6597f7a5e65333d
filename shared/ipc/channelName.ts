/** Prefix on the wire, so our handlers never collide with Electron's or a library's. */
export const CHANNEL_PREFIX = 'cairn:';
/** The one event main sends the window: the domains a committed command changed (./changes.ts). */
export const CHANGES_EVENT = 'cairn:changed';

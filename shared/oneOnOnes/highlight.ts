/**
 * Marks around a highlighted term in a snippet; control characters no one types. Apart from
 * model.ts so that the palette, in the window's first script, does not pull in the schemas.
 */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

/*
 * What an HTML control gives back, turned into what the interviews schemas take: an empty
 * choice or number box means "none" (null), never "" or 0.
 */
export { emptyToNull } from '#shared/schemas/fields';

export const numberOrNull = (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v));

/**
 * A whole number as a person types it in a file: digits, perhaps with spaces around. Not
 * `Number()`, which reads `0x10` as 16, `1e1` as 10 and `  ` as 0. Null for anything else,
 * so the caller can say where the file is wrong.
 */
export function parseWholeNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,9}$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** The key that decides two questions are the same: case, spacing and closing punctuation aside. */
export function questionKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s?.!…]+$/u, '')
    .trim();
}

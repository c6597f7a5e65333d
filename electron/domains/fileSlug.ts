/**
 * A name as it goes into a file name the user saves: lower case, every run of anything but
 * a-z and 0-9 one hyphen, none at either end; `fallback` when nothing is left.
 */
export function fileSlug(name: string, fallback: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || fallback
  );
}

/**
 * A person's name in the file name of their export or of a 1:1's: accents dropped (é → e),
 * other punctuation removed, spaces hyphens, lower case, at most 60 characters.
 */
export function nameSlug(name: string, fallback = 'person'): string {
  const base = name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase();
  return base.slice(0, 60) || fallback;
}

/**
 * The one link Cairn lets Markdown it shows or writes carry: https. javascript:, data:,
 * file: and plain http: stay text (they run code, read local files or travel unencrypted).
 */
export function isSafeLink(url: string): boolean {
  try {
    return new URL(url.trim()).protocol === 'https:';
  } catch {
    return false;
  }
}

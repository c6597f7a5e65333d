import { createHash } from 'node:crypto';
import type { ReadableDB } from '../../db/access';

/**
 * What a 1:1's notes were when Cairn exported them. A meeting becomes read-only once a later
 * one is held, and after an unlock every edit is stamped; an export edited by hand could
 * otherwise rewrite those notes with no stamp at all. The import compares the notes of every
 * read-only meeting with its seal and refuses a file where they differ. A digest, not a
 * secret: it catches an edit made outside Cairn, not a forger who recomputes it.
 */
export interface NoteSeal {
  shared_notes: string;
  private_notes: string;
}

export const sealOf = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 32);

export function sealNotes(db: ReadableDB): Record<string, NoteSeal> {
  const rows = db.prepare('SELECT id, shared_notes, private_notes FROM oo_meetings ORDER BY seq').all() as {
    id: string;
    shared_notes: string;
    private_notes: string;
  }[];
  return Object.fromEntries(
    rows.map((r) => [r.id, { shared_notes: sealOf(r.shared_notes), private_notes: sealOf(r.private_notes) }]),
  );
}

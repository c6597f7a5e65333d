import type { Migration } from '../migration';

/**
 * Goals in the palette's order: open ones (proposed, active) first, then by title, as
 * goals/search.ts sorts them, with the expression written exactly as its ORDER BY writes it
 * (SQLite uses an index on an expression only for that same expression). The palette reads
 * this index in order and stops at its eighth match; before, it read every goal whose title
 * held the text and sorted them all, on every keystroke: 3 to 5 ms at a director's 15 000
 * goals, the most of a palette search once notes got faster.
 */
export const goalsInPaletteOrderMigration: Migration = {
  version: 19,
  name: 'goals indexed in the palette order',
  up(db) {
    db.exec(`
      CREATE INDEX goals_palette_order
        ON goals (CASE WHEN status IN ('proposed', 'active') THEN 0 ELSE 1 END, title COLLATE NOCASE, id);`);
  },
};

import type { Migration } from '../migration';

/**
 * Indexes for the 1:1 prep view (and notes search), measured on a decade of data.
 * - Open carrying items: a partial index holds the few hundred open, non-recurring items of
 *   a decade (of 250 000), in `seq` order and with every column the prep view shows, so it
 *   reads them from a page or two instead of filtering a person's thousands of closed items,
 *   visiting a row per item and sorting. Being partial, it stays this small.
 * - A meeting's id with its status and date: the prep view asks, per open item, for its
 *   origin meeting's date and whether any meeting it sat on was held; both become index-only
 *   instead of visiting meeting rows heavy with notes. Search's item hits use it for their
 *   meeting's date too.
 */
export const oneOnOnesPrepIndexesMigration: Migration = {
  version: 8,
  name: 'one-on-ones prep and search indexes',
  up(db) {
    db.exec(`
      CREATE INDEX oo_items_open ON oo_items (
        person_id, seq, id, kind, side, text, state, due_date, queued, recurring_id, origin_meeting_id, closed_at
      ) WHERE state = 'open' AND recurring_id IS NULL;
      CREATE INDEX oo_meetings_id_status ON oo_meetings (id, status, date);
    `);
  },
};

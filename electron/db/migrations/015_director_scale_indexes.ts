import type { Migration } from '../migration';

/**
 * Indexes measured on a director's decade (500 people; npm run bench -- --scale director).
 * - Scorecards by interviewer and status: Home lists the manager's own drafts on every open.
 *   Found by interviewer alone they were every scorecard the manager ever wrote (10 000 at
 *   director scale), each row read to test its status: 40 ms of Home, and those reads pushed
 *   the rest of Home out of the page cache. It replaces the interviewer-only index, whose
 *   lookups (an interviewer's erase, the draft counts) it serves as well.
 * - Evidence tags by person, tag and day, with the entry: one person's timeline filtered by a
 *   competency reads only that competency's entries, newest first, from the index. It
 *   replaces the same index without the entry (coverage's counts read it as before).
 */
export const directorScaleIndexesMigration: Migration = {
  version: 15,
  name: 'indexes for a director-scale store',
  up(db) {
    db.exec(`
      CREATE INDEX scorecards_interviewer_status ON scorecards (interviewer_id, status, created_at);
      DROP INDEX scorecards_interviewer;
      CREATE INDEX evidence_tags_person_tag ON evidence_tags (person_id, tag, seen_on, entry_seq);
      DROP INDEX evidence_tags_person;`);
  },
};

import { afterEach, beforeEach, expect, it } from 'vitest';
import { NOTES_INDEXES } from '#electron/domains/oneOnOnes/searchIndex';
import { emptyPersonFields } from '#shared/people/model';
import { createTestApp, type TestApp } from '../support/testApp';
import { weeklySeries } from '../support/oneOnOnes';

let app: TestApp;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-03-02T08:00:00Z') });
});
afterEach(() => app.close());

/** Index pages of one FTS5 index: its segments' leaves (rows 1 and 10 are bookkeeping). */
const indexPages = (index: string) =>
  app.db.prepare(`SELECT count(*) FROM ${index}_data WHERE id > 10`).pluck().get() as number;

it('daily maintenance merges the search indexes: typed-over words leave, search and the index stay whole', () => {
  const person = app.call('people.create', { ...emptyPersonFields, name: 'Ada' }).id;
  weeklySeries(app, person, { firstDate: '2026-03-02', time: '09:00', timeZone: 'UTC' });
  const meetingId = app.call('oneOnOnes.prep', { personId: person }).upcoming!.id;
  // Autosave, keystroke by keystroke: each save leaves its own small segment behind.
  for (let i = 1; i <= 12; i++)
    app.call('oneOnOnes.saveNotes', {
      meetingId,
      sharedNotes: `draft${i} about the rollout`,
      privateNotes: `aside${i}`,
    });
  const before = indexPages('oo_shared_notes_fts');
  expect(before).toBeGreaterThan(1);

  app.session.runMaintenance();

  expect(indexPages('oo_shared_notes_fts')).toBe(1);
  expect(indexPages('oo_private_notes_fts')).toBe(1);
  // Only the last version's words are left in the index, and search still finds them.
  const vocabulary = (index: string) => {
    app.db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${index}_vocab USING fts5vocab(main, ${index}, 'row')`);
    return app.db.prepare(`SELECT term FROM temp.${index}_vocab ORDER BY term`).pluck().all();
  };
  expect(vocabulary('oo_shared_notes_fts')).toEqual(['about', 'draft12', 'rollout', 'the']);
  expect(vocabulary('oo_private_notes_fts')).toEqual(['aside12']);
  expect(app.call('oneOnOnes.search', { text: 'rollout' }).map((h) => h.meetingId)).toEqual([meetingId]);
  for (const index of NOTES_INDEXES)
    app.db.prepare(`INSERT INTO ${index} (${index}, rank) VALUES ('integrity-check', 1)`).run();
});

import { afterEach, expect, it } from 'vitest';
import { insertMeeting } from '#electron/domains/oneOnOnes/queries';
import { CHECK_BUDGET, RANK_WINDOW } from '#electron/domains/oneOnOnes/search';
import { emptyPersonFields } from '#shared/people/model';
import { createTestApp, type TestApp } from '../support/testApp';
import { weeklySeries } from '../support/oneOnOnes';

let app: TestApp;
afterEach(() => app?.close());
const DAY = 86_400_000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const search = (text: string, extra = {}) => app.call('oneOnOnes.search', { text, ...extra });

/** Held meetings with these notes, one a week back from 2025-12-29, written as the app writes rows (triggers index them). */
function heldMeetings(personId: string, notes: string[]): string[] {
  const hold = app.db.prepare("UPDATE oo_meetings SET status = 'held', shared_notes = ? WHERE id = ?");
  // One transaction: hundreds of meetings, one commit.
  return app.db.transaction(() =>
    notes.map((text, i) => {
      const date = isoDay(Date.parse('2025-12-29') - i * 7 * DAY);
      const id = insertMeeting(
        app.db,
        { personId, slotDate: date, date, time: '09:00', timeZone: 'UTC', startsAt: `${date}T09:00:00Z` },
        '2025-01-01T00:00:00Z',
      );
      hold.run(text, id);
      return date;
    }),
  )();
}

it('ranks by relevance, newer first on a tie; a prefix finds the whole word', () => {
  app = createTestApp({ now: new Date('2026-01-05T08:00:00Z') });
  const ada = app.call('people.create', { ...emptyPersonFields, name: 'Ada' }).id;
  const [newest, middle, oldest] = heldMeetings(ada, [
    'We talked about the roadmap, the budget, hiring, and maybe a promotion at some point next year',
    'Promotion case: the promotion packet',
    'Promotion case: the promotion packet',
  ]);
  expect(search('promo').map((h) => h.date)).toEqual([middle, oldest, newest]);
  expect(search('promotion packet').map((h) => h.date)).toEqual([middle, oldest]);
});

it('finds the newest matches by day, also for a meeting moved back in time behind hundreds of newer ones', () => {
  app = createTestApp({ now: new Date('2026-01-05T08:00:00Z') });
  const ada = app.call('people.create', { ...emptyPersonFields, name: 'Ada' }).id;
  // More matches than a search ranks, all alike: the day decides.
  const dates = heldMeetings(
    ada,
    Array.from({ length: RANK_WINDOW + 20 }, () => 'Rollout'),
  );
  weeklySeries(app, ada, { firstDate: '2026-01-05', time: '09:00', timeZone: 'UTC' });
  const upcoming = app.call('oneOnOnes.prep', { personId: ada }).upcoming!;
  app.call('oneOnOnes.saveNotes', { meetingId: upcoming.id, sharedNotes: 'Rollout' });
  app.call('oneOnOnes.addItem', { meetingId: upcoming.id, kind: 'action', side: 'me', text: 'Rollout', dueDate: null });
  // Moved to a day before all the others: the move writes a new meeting row, the newest one written.
  const backThen = '2021-01-04';
  app.call('oneOnOnes.move', { meetingId: upcoming.id, date: backThen, time: '09:00' });

  const hits = search('rollout');
  expect(hits).toHaveLength(50);
  expect(hits.map((h) => h.date)).toEqual(dates.slice(0, 50));
  const then = search('rollout', { to: backThen });
  expect(then.map((h) => [h.date, h.field])).toEqual([
    [backThen, 'shared'],
    [backThen, 'action'],
  ]);
  // Every index still matches its rows exactly (FTS5's own check).
  for (const index of ['oo_shared_notes_fts', 'oo_private_notes_fts', 'oo_items_fts'])
    app.db.prepare(`INSERT INTO ${index} (${index}, rank) VALUES ('integrity-check', 1)`).run();
});

/** Every row FTS5 itself matches for the whole prefix, as the days of the hits a search returns. */
const exactDays = (prefix: string) =>
  (
    app.db
      .prepare(
        `SELECT date(rowid / 4294967296 * 86400, 'unixepoch') FROM oo_shared_notes_fts WHERE oo_shared_notes_fts MATCH ?
         ORDER BY rowid DESC`,
      )
      .pluck()
      .all(`"${prefix}"*`) as string[]
  ).sort();

it('a prefix longer than six letters finds the words that start with it, not those sharing only its first six', () => {
  app = createTestApp({ now: new Date('2026-01-05T08:00:00Z') });
  const ada = app.call('people.create', { ...emptyPersonFields, name: 'Ada' }).id;
  const dates = heldMeetings(ada, [
    'Promotion packet',
    'promoted to staff',
    'the PROMOTIONAL video',
    'Promotions round, große Runde 🎉', // not ASCII, holds the word
    'Promoted: félicitations', // not ASCII, only the first six letters
    'promo code',
    'Promotiön', // FTS5 folds the diacritic: a match
    'Promotⁱon', // FTS5 keeps the superscript letter: no match, though Unicode's compatibility folding makes it one
  ]);
  const days = (text: string) =>
    search(text)
      .map((h) => h.date)
      .sort();
  expect(days('promotion')).toEqual([dates[0], dates[2], dates[3], dates[6]].sort());
  expect(days('promotion')).toEqual(exactDays('promotion'));
  expect(days('promoted')).toEqual([dates[1], dates[4]].sort());
  expect(search('promote staff').map((h) => h.date)).toEqual([dates[1]]);
  expect(days('promo')).toEqual(exactDays('promo'));
  expect(exactDays('promo')).toHaveLength(dates.length);
});

it('a long prefix is found behind any number of newer rows that share only its first six letters', () => {
  app = createTestApp({ now: new Date('2026-01-05T08:00:00Z') });
  const ada = app.call('people.create', { ...emptyPersonFields, name: 'Ada' }).id;
  // Newest first: rows of "calibrate" beyond the check budget, then the two that say "calibration".
  const dates = heldMeetings(ada, [
    ...Array.from({ length: CHECK_BUDGET + 30 }, () => 'Calibrate the ladder'),
    'Calibration: the whole team',
    'calibration again',
  ]);
  // The shorter note first (BM25 weighs a match in it more), though older.
  const older = [dates.at(-1), dates.at(-2)];
  expect(search('calibration').map((h) => h.date)).toEqual(older);
  expect(search('calibration ladder')).toEqual([]);
  expect(search('calibrat').map((h) => h.date)).toHaveLength(50);
  // Fewer than the budget in front of them: the walk reads window after window.
  app.db
    .prepare("DELETE FROM oo_meetings WHERE date > ? AND shared_notes LIKE 'Calibrate%'")
    .run(dates[RANK_WINDOW + 30]);
  expect(search('calibration').map((h) => h.date)).toEqual(older);
  expect(exactDays('calibration')).toEqual([...older].sort());
});

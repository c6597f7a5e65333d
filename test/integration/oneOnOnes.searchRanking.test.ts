import { afterEach, expect, it } from 'vitest';
import { insertMeeting } from '#electron/domains/oneOnOnes/queries';
import { RANK_WINDOW } from '#electron/domains/oneOnOnes/search';
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
  return notes.map((text, i) => {
    const date = isoDay(Date.parse('2025-12-29') - i * 7 * DAY);
    const id = insertMeeting(
      app.db,
      { personId, slotDate: date, date, time: '09:00', timeZone: 'UTC', startsAt: `${date}T09:00:00Z` },
      '2025-01-01T00:00:00Z',
    );
    hold.run(text, id);
    return date;
  });
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

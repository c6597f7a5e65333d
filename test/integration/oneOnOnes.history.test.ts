import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HISTORY_PAGE, HISTORY_PAGE_MAX, type HistoryPage } from '#shared/oneOnOnes/history';
import { emptyPersonFields } from '#shared/people/model';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '#shared/oneOnOnes/highlight';
import { insertMeeting } from '#electron/domains/oneOnOnes/queries';
import { createTestApp, type TestApp } from '../support/testApp';
import { weeklySeries } from '../support/oneOnOnes';

let app: TestApp;
let personId: string;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-03-02T08:00:00Z') });
  personId = app.call('people.create', { ...emptyPersonFields, name: 'Ada Lovelace' }).id;
});
afterEach(() => app.close());

const STAMP = '2026-01-01T00:00:00.000Z';

/** `perDay` meetings on each of `days` days counting back from 2026-02-27: several share a date. */
function arrangeMeetings(who: string, days: number, perDay: number): void {
  app.db.transaction(() => {
    for (let d = 0; d < days; d++) {
      const date = new Date(Date.UTC(2026, 1, 27 - d * 3)).toISOString().slice(0, 10);
      for (let k = 0; k < perDay; k++) {
        const time = `${String(9 + k).padStart(2, '0')}:00`;
        insertMeeting(
          app.db,
          { personId: who, slotDate: date, date, time, timeZone: 'UTC', startsAt: `${date}T${time}:00Z` },
          STAMP,
        );
      }
    }
  })();
}

/** Every meeting of the person, in the order history promises: newest date first, then the later-made first. */
const stored = (who: string) =>
  app.db
    .prepare('SELECT id FROM oo_meetings WHERE person_id = ? ORDER BY date DESC, seq DESC')
    .pluck()
    .all(who) as string[];

function allPages(limit: number): HistoryPage[] {
  const pages = [app.call('oneOnOnes.history', { personId, limit })];
  while (pages.at(-1)!.next)
    pages.push(app.call('oneOnOnes.history', { personId, cursor: pages.at(-1)!.next!, limit }));
  return pages;
}

const meetingRows = () => app.db.prepare('SELECT count(*) FROM oo_meetings').pluck().get() as number;

describe('1:1 history, a page at a time', () => {
  it('walks every meeting exactly once, newest first, with meetings on the same day kept in a stable order', () => {
    arrangeMeetings(personId, 40, 3);
    const other = app.call('people.create', { ...emptyPersonFields, name: 'Grace Hopper' }).id;
    arrangeMeetings(other, 5, 2);
    const pages = allPages(7);
    const ids = pages.flatMap((p) => p.meetings.map((m) => m.id));
    // 120 meetings in pages of 7: 17 full pages and one of 1; a page boundary falls inside a day many times.
    expect(pages).toHaveLength(18);
    expect(pages.map((p) => p.meetings.length)).toEqual([...Array(17).fill(7), 1]);
    expect(new Set(ids).size).toBe(120);
    expect(ids).toEqual(stored(personId));
    expect(pages.every((p) => p.total === 120)).toBe(true);
    expect(pages.at(-1)!.next).toBeNull();
    expect(pages.flatMap((p) => p.meetings).every((m) => m.personId === personId)).toBe(true);
  });

  it('stays stable while meetings are added between pages: nothing skipped, nothing repeated', () => {
    arrangeMeetings(personId, 10, 2);
    const first = app.call('oneOnOnes.history', { personId, limit: 5 });
    // Another meeting on the newest day arrives before the next page is asked for (OFFSET would repeat one).
    arrangeMeetings(personId, 1, 1);
    const second = app.call('oneOnOnes.history', { personId, cursor: first.next!, limit: 5 });
    const seen = [...first.meetings, ...second.meetings].map((m) => m.id);
    expect(new Set(seen).size).toBe(10);
    expect(seen).toEqual(stored(personId).filter((id) => seen.includes(id)));
    // The second page starts right after the last meeting of the first one in the stored order.
    const order = stored(personId);
    expect(order.indexOf(second.meetings[0]!.id)).toBe(order.indexOf(first.meetings.at(-1)!.id) + 1);
  });

  it('answers in pages of 50 by default, each a summary without notes', () => {
    arrangeMeetings(personId, 60, 1);
    const meetingId = stored(personId)[0]!;
    app.call('oneOnOnes.saveNotes', { meetingId, sharedNotes: 'Shared words', privateNotes: 'Private words' });
    app.call('oneOnOnes.saveDetails', { meetingId, mood: 4, tags: ['career', 'growth'] });
    const page = app.call('oneOnOnes.history', { personId });
    expect(page.meetings).toHaveLength(HISTORY_PAGE);
    expect(page.total).toBe(60);
    expect(page.meetings[0]).toEqual({
      id: meetingId,
      personId,
      date: '2026-02-27',
      time: '09:00',
      timeZone: 'UTC',
      startsAt: '2026-02-27T09:00:00Z',
      status: 'scheduled',
      movedTo: null,
      mood: 4,
      tags: ['career', 'growth'],
    });
    expect(JSON.stringify(page)).not.toMatch(/Shared words|Private words/);
    expect(app.call('oneOnOnes.history', { personId, limit: HISTORY_PAGE_MAX }).meetings).toHaveLength(60);
  });

  it('shows the meeting still to come (scheduled when the series was saved) first, and no page creates one', () => {
    weeklySeries(app, personId, { timeZone: 'UTC' });
    arrangeMeetings(personId, 3, 1);
    const first = app.call('oneOnOnes.history', { personId, limit: 2 });
    expect(first.meetings[0]).toMatchObject({ date: '2026-03-03', status: 'scheduled' });
    app.db.prepare("DELETE FROM oo_meetings WHERE status = 'scheduled' AND date = '2026-03-03'").run();
    const before = meetingRows();
    app.call('oneOnOnes.history', { personId, limit: 2 });
    app.call('oneOnOnes.history', { personId, cursor: first.next!, limit: 2 });
    expect(meetingRows()).toBe(before);
  });

  it('refuses a bad cursor or page size with the field and a message, and writes nothing', () => {
    // Saving the series schedules the meeting to come: the one row every answer below must leave alone.
    weeklySeries(app, personId, { timeZone: 'UTC' });
    expect(meetingRows()).toBe(1);
    for (const cursor of [
      'garbage',
      '2026-02-30~4',
      '2026-03-01~',
      '~12',
      '2026-03-01~12; DROP TABLE oo_meetings',
      '',
      'x'.repeat(41),
    ]) {
      expect(app.send('oneOnOnes.history', { personId, cursor })).toEqual({
        ok: false,
        error: { code: 'invalid_input', field: 'cursor', message: 'must be the cursor of an earlier page' },
      });
    }
    for (const limit of [0, HISTORY_PAGE_MAX + 1, 2.5, '10']) {
      expect(app.send('oneOnOnes.history', { personId, limit })).toMatchObject({
        ok: false,
        error: {
          code: 'invalid_input',
          field: 'limit',
          message: `must be a whole number from 1 to ${HISTORY_PAGE_MAX}`,
        },
      });
    }
    expect(app.send('oneOnOnes.history', { personId: crypto.randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'personId' },
    });
    // A good request answers with that meeting, and (history being a query) writes nothing either.
    expect(app.call('oneOnOnes.history', { personId }).meetings).toHaveLength(1);
    expect(meetingRows()).toBe(1);
  });
});

// Older meetings in the history turn read-only once a later one is held; autosave writes one side.
const meetingOn = (date: string, time: string) =>
  insertMeeting(
    app.db,
    { personId, slotDate: date, date, time, timeZone: 'UTC', startsAt: `${date}T${time}:00Z` },
    'x',
  );
const hold = (id: string) => app.db.prepare("UPDATE oo_meetings SET status = 'held' WHERE id = ?").run(id);
const saves = (meetingId: string) => app.send('oneOnOnes.saveNotes', { meetingId, sharedNotes: 'more notes' }).ok;

describe('autosave against the history', () => {
  it('an autosave is refused once a later meeting is held: a later day, or the same day made later; never an earlier one', () => {
    const early = meetingOn('2026-02-10', '09:00');
    const sameDayFirst = meetingOn('2026-02-17', '09:00');
    const sameDaySecond = meetingOn('2026-02-17', '15:00');
    const lastOne = meetingOn('2026-02-24', '09:00');
    hold(early);
    expect([early, sameDayFirst, sameDaySecond, lastOne].map(saves)).toEqual([true, true, true, true]);
    // Held the same day but made after it: the first of the day is read-only, the second not.
    hold(sameDaySecond);
    expect([early, sameDayFirst, sameDaySecond, lastOne].map(saves)).toEqual([false, false, true, true]);
    hold(lastOne);
    expect([sameDaySecond, lastOne].map(saves)).toEqual([false, true]);
    expect(app.call('oneOnOnes.meeting', { meetingId: lastOne }).sharedNotes).toBe('more notes');
  });

  it('an autosave writes only the notes it was given: the other side and its search entries stay', () => {
    const id = meetingOn('2026-02-24', '09:00');
    app.call('oneOnOnes.saveNotes', { meetingId: id, sharedNotes: 'roadmap review', privateNotes: 'promotion worry' });
    app.call('oneOnOnes.saveNotes', { meetingId: id, privateNotes: 'promotion case drafted' });
    app.call('oneOnOnes.saveNotes', { meetingId: id, sharedNotes: 'roadmap agreed' });
    expect(app.call('oneOnOnes.meeting', { meetingId: id })).toMatchObject({
      sharedNotes: 'roadmap agreed',
      privateNotes: 'promotion case drafted',
    });
    const fields = (text: string) =>
      app
        .call('oneOnOnes.search', { text, includePrivate: true })
        .map((h) => `${h.field}:${h.snippet.replaceAll(HIGHLIGHT_START, '[').replaceAll(HIGHLIGHT_END, ']')}`);
    expect(fields('promot')).toEqual(['private:[promotion] case drafted']);
    expect(fields('roadmap')).toEqual(['shared:[roadmap] agreed']);
    expect(fields('worry')).toEqual([]);
    expect(fields('review')).toEqual([]);
  });
});

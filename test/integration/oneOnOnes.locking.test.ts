import { afterEach, beforeEach, expect, it } from 'vitest';
import { emptyPersonFields } from '#shared/people/model';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '#shared/oneOnOnes/highlight';
import { insertMeeting } from '#electron/domains/oneOnOnes/queries';
import { createTestApp, type TestApp } from '../support/testApp';

let app: TestApp;
let personId: string;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-03-02T08:00:00Z') });
  personId = app.call('people.create', { ...emptyPersonFields, name: 'Ada Lovelace' }).id;
});
afterEach(() => app.close());

const meetingOn = (date: string, time: string) =>
  insertMeeting(
    app.db,
    { personId, slotDate: date, date, time, timeZone: 'UTC', startsAt: `${date}T${time}:00Z` },
    'x',
  );
const hold = (id: string) => app.db.prepare("UPDATE oo_meetings SET status = 'held' WHERE id = ?").run(id);
const saves = (meetingId: string) => app.send('oneOnOnes.saveNotes', { meetingId, sharedNotes: 'more notes' }).ok;

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

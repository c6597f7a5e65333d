import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPersonFields } from '#shared/people/model';
import { createTestApp, type TestApp } from '../support/testApp';
import { addItem } from '../support/oneOnOnes';

let app: TestApp;
let personId: string;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-03-02T08:00:00Z') }); // a Monday
  personId = app.call('people.create', { ...emptyPersonFields, name: 'Ada Lovelace', timeZone: 'Europe/London' }).id;
});
afterEach(() => app.close());

const weekly = (patch = {}) => ({
  personId,
  cadence: 'weekly' as const,
  everyDays: null,
  firstDate: '2026-03-03',
  time: '10:00',
  timeZone: 'Europe/London',
  ...patch,
});
const upcoming = () => app.call('oneOnOnes.prep', { personId }).upcoming!;
const texts = (meetingId: string) =>
  app.call('oneOnOnes.meeting', { meetingId }).items.map((i) => `${i.text}:${i.state}`);
const count = (sql: string) => app.db.prepare(sql).pluck().get() as number;

describe('1:1 series and carry-over', () => {
  it("schedules the first meeting from the cadence in the person's zone, across the DST change", () => {
    app.call('oneOnOnes.saveSeries', weekly({ firstDate: '2026-03-24' }));
    const first = upcoming();
    expect(first).toMatchObject({
      date: '2026-03-24',
      time: '10:00',
      startsAt: '2026-03-24T10:00:00Z',
      status: 'scheduled',
    });
    app.call('oneOnOnes.hold', { meetingId: first.id });
    // London moved to BST on 29 March: same wall-clock time, one hour earlier in UTC.
    expect(upcoming()).toMatchObject({ date: '2026-03-31', startsAt: '2026-03-31T09:00:00Z' });
  });

  it("a meeting held before its date takes today's date and keeps the cadence; one held late keeps its date", () => {
    app.call('oneOnOnes.saveSeries', weekly({ firstDate: '2026-03-05' })); // Thursdays; today is Monday 2 March
    const early = upcoming();
    app.call('oneOnOnes.hold', { meetingId: early.id });
    expect(app.call('oneOnOnes.meeting', { meetingId: early.id })).toMatchObject({
      date: '2026-03-02',
      status: 'held',
      startsAt: '2026-03-02T10:00:00Z',
    });
    const prep = app.call('oneOnOnes.prep', { personId });
    expect(prep.daysSinceLast).toBe(0);
    expect(prep.upcoming!.date).toBe('2026-03-12'); // the slot after the 5th, not a week after the 2nd

    app.setNow(new Date('2026-03-13T09:00:00Z')); // the day after the 12th
    app.call('oneOnOnes.hold', { meetingId: prep.upcoming!.id });
    expect(app.call('oneOnOnes.meeting', { meetingId: prep.upcoming!.id }).date).toBe('2026-03-12');
    expect(upcoming().date).toBe('2026-03-19');
  });

  it('carries open agenda items and actions over a held, a skipped and a moved meeting until they are closed', () => {
    app.call('oneOnOnes.saveSeries', weekly());
    const m1 = upcoming();
    const mine = addItem(app, m1.id, 'agenda', 'me', 'Promotion timeline');
    addItem(app, m1.id, 'agenda', 'them', 'On-call load');
    const resolved = addItem(app, m1.id, 'agenda', 'them', 'Conference budget');
    const action = addItem(app, m1.id, 'action', 'them', 'Draft RFC', '2026-03-20');
    const dropped = addItem(app, m1.id, 'action', 'me', 'Ask finance');
    app.call('oneOnOnes.updateItem', { meetingId: m1.id, itemId: resolved.id, state: 'done' });
    app.call('oneOnOnes.updateItem', { meetingId: m1.id, itemId: dropped.id, state: 'dropped' });
    app.call('oneOnOnes.hold', { meetingId: m1.id });

    const m2 = upcoming();
    expect(m2.date).toBe('2026-03-10');
    expect(texts(m2.id)).toEqual(['Promotion timeline:open', 'On-call load:open', 'Draft RFC:open']);
    // The held meeting keeps its history, closed items included.
    expect(texts(m1.id)).toHaveLength(5);

    app.call('oneOnOnes.skip', { meetingId: m2.id });
    const m3 = upcoming();
    expect(m3.date).toBe('2026-03-17');
    expect(texts(m3.id)).toEqual(['Promotion timeline:open', 'On-call load:open', 'Draft RFC:open']);

    app.call('oneOnOnes.updateItem', { meetingId: m3.id, itemId: mine.id, state: 'done' });
    const moved = app.call('oneOnOnes.move', { meetingId: m3.id, date: '2026-03-19', time: '15:30' });
    expect(moved).toMatchObject({ date: '2026-03-19', time: '15:30', status: 'scheduled' });
    expect(app.call('oneOnOnes.meeting', { meetingId: m3.id })).toMatchObject({
      status: 'moved',
      movedTo: '2026-03-19',
      items: [],
    });
    expect(texts(moved.id)).toEqual(['Promotion timeline:done', 'On-call load:open', 'Draft RFC:open']);

    app.call('oneOnOnes.hold', { meetingId: moved.id });
    // The cadence did not shift: the slot after 17 March is 24 March.
    const m4 = upcoming();
    expect(m4.date).toBe('2026-03-24');
    expect(texts(m4.id)).toEqual(['On-call load:open', 'Draft RFC:open']);
    const prep = app.call('oneOnOnes.prep', { personId });
    // Each open item once: the carried-over action is not listed again as an open action.
    expect(prep.openItems.map((i) => `${i.text}:${i.kind}:${i.side}:${i.carried}`)).toEqual([
      'On-call load:agenda:them:true',
      'Draft RFC:action:them:true',
    ]);
    expect(action.dueDate).toBe('2026-03-20');
  });

  it('lands "next time" topics on the next agenda, even when queued before a series exists', () => {
    app.call('oneOnOnes.queue', { personId, text: 'Ask about the move' });
    expect(app.call('oneOnOnes.prep', { personId }).upcoming).toBeNull();
    app.call('oneOnOnes.saveSeries', weekly());
    const m1 = upcoming();
    expect(texts(m1.id)).toEqual(['Ask about the move:open']);
    app.call('oneOnOnes.queue', { personId, text: 'Thank them for the demo' });
    const prep = app.call('oneOnOnes.prep', { personId });
    expect(prep.openItems.map((i) => `${i.text}:${i.queued}:${i.carried}`)).toEqual([
      'Ask about the move:true:false',
      'Thank them for the demo:true:false',
    ]);
    expect(texts(m1.id)).toEqual(['Ask about the move:open', 'Thank them for the demo:open']);
    app.call('oneOnOnes.hold', { meetingId: m1.id });
    // Not discussed: now it is carried over rather than "next time".
    const after = app.call('oneOnOnes.prep', { personId });
    expect(after.openItems.map((i) => `${i.text}:${i.carried}`)).toEqual([
      'Ask about the move:true',
      'Thank them for the demo:true',
    ]);
  });

  it('puts recurring items on every meeting until removed, without piling them up', () => {
    app.call('oneOnOnes.saveSeries', weekly());
    const r = app.call('oneOnOnes.addRecurring', { personId, text: 'Wins this week' });
    const m1 = upcoming();
    expect(texts(m1.id)).toEqual(['Wins this week:open']);
    app.call('oneOnOnes.hold', { meetingId: m1.id });
    const m2 = upcoming();
    expect(texts(m2.id)).toEqual(['Wins this week:open']);
    app.call('oneOnOnes.skip', { meetingId: m2.id });
    expect(texts(upcoming().id)).toEqual(['Wins this week:open']);
    // Repeated every week, so not indexed for search.
    expect(app.call('oneOnOnes.search', { text: 'wins' })).toEqual([]);
    app.call('oneOnOnes.removeRecurring', { id: r.id });
    expect(texts(upcoming().id)).toEqual([]);
    expect(texts(m1.id)).toEqual(['Wins this week:open']);
  });

  it('applies a template without touching carried-over items or repeating what is there', () => {
    app.call('oneOnOnes.saveSeries', weekly());
    const m1 = upcoming();
    addItem(app, m1.id, 'agenda', 'them', 'Carried topic');
    app.call('oneOnOnes.hold', { meetingId: m1.id });
    const m2 = upcoming();
    const weeklyTemplate = app.call('oneOnOnes.templates', {}).find((t) => t.name === 'Weekly check-in')!;
    app.call('oneOnOnes.applyTemplate', { meetingId: m2.id, templateId: weeklyTemplate.id });
    app.call('oneOnOnes.applyTemplate', { meetingId: m2.id, templateId: weeklyTemplate.id });
    const items = texts(m2.id);
    expect(items[0]).toBe('Carried topic:open');
    expect(items).toHaveLength(1 + weeklyTemplate.items.length);

    const edited = app.call('oneOnOnes.saveTemplate', { id: weeklyTemplate.id, name: 'Weekly', items: ['Only this'] });
    expect(edited).toMatchObject({ name: 'Weekly', items: ['Only this'], builtIn: true });
    const mine = app.call('oneOnOnes.saveTemplate', { id: crypto.randomUUID(), name: 'Mine', items: ['A', 'B'] });
    expect(mine.builtIn).toBe(false);
    expect(app.call('oneOnOnes.templates', {})).toHaveLength(6);
  });

  it('a template applied to a meeting already held reaches the next agenda when applied, not when read', () => {
    app.call('oneOnOnes.saveSeries', weekly());
    const held = upcoming();
    app.call('oneOnOnes.hold', { meetingId: held.id });
    const next = upcoming();
    const template = app.call('oneOnOnes.templates', {}).find((t) => t.name === 'Weekly check-in')!;
    app.call('oneOnOnes.applyTemplate', { meetingId: held.id, templateId: template.id });
    // Read through the dispatcher, which fails any query that writes (see test/support/testApp.ts).
    const before = count('SELECT count(*) FROM oo_meeting_items');
    expect(texts(next.id)).toEqual(template.items.map((t) => `${t}:open`));
    expect(count('SELECT count(*) FROM oo_meeting_items')).toBe(before);
  });

  it('makes a meeting read-only once the next is held, and stamps edits after an explicit unlock', () => {
    app.call('oneOnOnes.saveSeries', weekly());
    const m1 = upcoming();
    app.call('oneOnOnes.saveNotes', { meetingId: m1.id, sharedNotes: 'first', privateNotes: 'secret' });
    app.call('oneOnOnes.hold', { meetingId: m1.id });
    app.call('oneOnOnes.saveNotes', { meetingId: m1.id, sharedNotes: 'first, amended' }); // still editable
    app.setNow(new Date('2026-03-10T12:00:00Z'));
    app.call('oneOnOnes.hold', { meetingId: upcoming().id });
    expect(app.call('oneOnOnes.meeting', { meetingId: m1.id }).locked).toBe(true);
    const refused = app.send('oneOnOnes.saveNotes', { meetingId: m1.id, sharedNotes: 'rewrite history' });
    expect(!refused.ok && refused.error).toMatchObject({ code: 'conflict', field: 'meetingId' });
    expect(app.call('oneOnOnes.meeting', { meetingId: m1.id }).sharedNotes).toBe('first, amended');

    app.setNow(new Date('2026-03-11T09:00:00Z'));
    app.call('oneOnOnes.unlock', { meetingId: m1.id });
    app.call('oneOnOnes.saveNotes', { meetingId: m1.id, sharedNotes: 'corrected' });
    expect(app.call('oneOnOnes.meeting', { meetingId: m1.id })).toMatchObject({
      locked: false,
      sharedNotes: 'corrected',
      privateNotes: 'secret',
      unlockedAt: '2026-03-11T09:00:00.000Z',
      editedAfterUnlockAt: '2026-03-11T09:00:00.000Z',
    });
  });

  it('reports days since the last 1:1 and the last career talk, and the mood trend', () => {
    app.call('oneOnOnes.saveSeries', weekly());
    const m1 = upcoming();
    app.call('oneOnOnes.saveDetails', { meetingId: m1.id, mood: 4, tags: ['career', 'Team'] });
    app.setNow(new Date(m1.startsAt));
    app.call('oneOnOnes.hold', { meetingId: m1.id });
    const m2 = upcoming();
    app.call('oneOnOnes.saveDetails', { meetingId: m2.id, mood: 2, tags: [] });
    app.setNow(new Date(m2.startsAt));
    app.call('oneOnOnes.hold', { meetingId: m2.id });
    app.setNow(new Date('2026-03-20T09:00:00Z'));
    const prep = app.call('oneOnOnes.prep', { personId });
    expect(prep).toMatchObject({ daysSinceLast: 10, daysSinceCareer: 17 });
    expect(prep.moodTrend).toEqual([
      { date: '2026-03-03', mood: 4 },
      { date: '2026-03-10', mood: 2 },
    ]);
    expect(prep.lastMeeting?.date).toBe('2026-03-10');
    expect(app.call('oneOnOnes.meeting', { meetingId: m1.id }).tags).toEqual(['career', 'team']);
  });

  it('refuses bad requests with the field and writes nothing', () => {
    app.call('oneOnOnes.saveSeries', weekly());
    const m1 = upcoming();
    const before = count('SELECT count(*) FROM oo_items');
    const custom = app.send('oneOnOnes.saveSeries', weekly({ cadence: 'custom' }));
    expect(!custom.ok && custom.error).toMatchObject({ code: 'invalid_input', field: 'everyDays' });
    const noText = app.send('oneOnOnes.addItem', {
      meetingId: m1.id,
      kind: 'agenda',
      side: 'me',
      text: '  ',
      dueDate: null,
    });
    expect(!noText.ok && noText.error).toMatchObject({ code: 'invalid_input', field: 'text' });
    const agendaDue = app.send('oneOnOnes.addItem', {
      meetingId: m1.id,
      kind: 'agenda',
      side: 'me',
      text: 'x',
      dueDate: '2026-04-01',
    });
    expect(!agendaDue.ok && agendaDue.error).toMatchObject({ field: 'dueDate' });
    const badMood = app.send('oneOnOnes.saveDetails', { meetingId: m1.id, mood: 6, tags: [] });
    expect(!badMood.ok && badMood.error).toMatchObject({ field: 'mood' });
    const badTag = app.send('oneOnOnes.saveDetails', { meetingId: m1.id, mood: 3, tags: ['two words'] });
    expect(!badTag.ok && badTag.error).toMatchObject({ field: 'tags.0' });
    const ghost = app.send('oneOnOnes.queue', { personId: crypto.randomUUID(), text: 'hello' });
    expect(!ghost.ok && ghost.error).toMatchObject({ code: 'not_found', field: 'personId' });
    app.call('oneOnOnes.hold', { meetingId: m1.id });
    const twice = app.send('oneOnOnes.hold', { meetingId: m1.id });
    expect(!twice.ok && twice.error).toMatchObject({ code: 'conflict', field: 'meetingId' });
    expect(count('SELECT count(*) FROM oo_items')).toBe(before);
  });

  it('exports one meeting without private notes or mood, and erasing the person leaves no 1:1 row', () => {
    app.call('oneOnOnes.saveSeries', weekly());
    const m1 = upcoming();
    app.call('oneOnOnes.saveNotes', {
      meetingId: m1.id,
      sharedNotes: 'We agreed on **scope**.',
      privateNotes: 'PRIVATE-worried about burnout',
    });
    app.call('oneOnOnes.saveDetails', { meetingId: m1.id, mood: 2, tags: ['wellbeing'] });
    addItem(app, m1.id, 'action', 'me', 'Book training', '2026-03-31');
    const { markdown, fileBaseName } = app.call('oneOnOnes.exportMeeting', { meetingId: m1.id });
    expect(fileBaseName).toBe('1on1-ada-lovelace-2026-03-03');
    expect(markdown).toContain('We agreed on **scope**.');
    expect(markdown).toMatch(/- \[ \] Book training \(me, due Tuesday,? (31 March|March 31,) 2026\)/);
    // Dates in words; no ISO date in the text a person reads.
    expect(markdown).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(markdown).not.toContain('PRIVATE');
    expect(markdown).not.toMatch(/mood/i);

    const personExport = app.call('people.export', { id: personId });
    expect(personExport.markdown).toContain('Private notes (manager only)');
    expect(JSON.parse(personExport.json).oneOnOnes.meetings).toHaveLength(1);
    const preview = app.call('people.erasePreview', { id: personId });
    // Counted as the manager reads it: the one meeting held, the rest of the 1:1 data named beside it.
    expect(preview.items).toContainEqual({ label: '1:1, with the series, agenda items, actions and notes', count: 1 });

    app.call('people.erase', { id: personId, confirmName: 'Ada Lovelace' });
    for (const table of [
      'oo_series',
      'oo_meetings',
      'oo_items',
      'oo_meeting_items',
      'oo_meeting_tags',
      'oo_recurring',
    ]) {
      expect(count(`SELECT count(*) FROM ${table}`), table).toBe(0);
    }
    expect(app.call('oneOnOnes.search', { text: 'burnout', includePrivate: true })).toEqual([]);
    expect(
      count("SELECT count(*) FROM oo_shared_notes_fts WHERE oo_shared_notes_fts MATCH 'scope'") +
        count("SELECT count(*) FROM oo_private_notes_fts WHERE oo_private_notes_fts MATCH 'scope'"),
    ).toBe(0);
  });

  it('keeps meetings, notes and items across a restart', () => {
    app.call('oneOnOnes.saveSeries', weekly());
    const m1 = upcoming();
    app.call('oneOnOnes.saveNotes', { meetingId: m1.id, sharedNotes: 'kept' });
    app.restart();
    expect(app.call('oneOnOnes.meeting', { meetingId: m1.id }).sharedNotes).toBe('kept');
  });
});

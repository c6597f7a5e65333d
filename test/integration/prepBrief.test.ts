import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyGoalFields } from '#shared/goals/model';
import { emptyPersonFields } from '#shared/people/model';
import { createTestApp, type TestApp } from '../support/testApp';
import { weeklySeries } from '../support/oneOnOnes';

/** The commands the prep brief sends: triage of several items, and a goal marked achieved in place. */
let app: TestApp;
let personId: string;
let otherId: string;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-03-02T08:00:00Z') });
  personId = app.call('people.create', { ...emptyPersonFields, name: 'Ada Lovelace', timeZone: 'Europe/London' }).id;
  otherId = app.call('people.create', { ...emptyPersonFields, name: 'Alan Turing' }).id;
  weeklySeries(app, personId);
});
afterEach(() => app.close());

const upcoming = () => app.call('oneOnOnes.prep', { personId }).upcoming!;
const openTexts = () => app.call('oneOnOnes.prep', { personId }).openItems.map((i) => i.text);
const itemRow = (id: string) =>
  app.db.prepare('SELECT state, closed_at FROM oo_items WHERE id = ?').get(id) as {
    state: string;
    closed_at: string | null;
  };

function threeItems() {
  const meetingId = upcoming().id;
  const add = (text: string, kind: 'agenda' | 'action') =>
    app.call('oneOnOnes.addItem', { meetingId, kind, side: 'them', text, dueDate: null }).id;
  const ids = [add('On-call load', 'agenda'), add('Draft RFC', 'action'), add('Book the offsite', 'action')];
  app.call('oneOnOnes.hold', { meetingId });
  return ids;
}

describe('prep triage', () => {
  it('closes several open items at once, stamps them, and the brief lists only what is left', () => {
    const [topic, rfc, offsite] = threeItems() as [string, string, string];
    expect(openTexts()).toEqual(['On-call load', 'Draft RFC', 'Book the offsite']);
    expect(app.call('oneOnOnes.triage', { personId, itemIds: [topic, offsite], state: 'done' })).toEqual({
      changed: 2,
    });
    expect(openTexts()).toEqual(['Draft RFC']);
    expect(itemRow(topic)).toMatchObject({ state: 'done', closed_at: expect.any(String) });
    app.call('oneOnOnes.triage', { personId, itemIds: [rfc], state: 'dropped' });
    expect(itemRow(rfc).state).toBe('dropped');
    expect(openTexts()).toEqual([]);
    // The next meeting shows them closed rather than losing them.
    const items = app.call('oneOnOnes.meeting', { meetingId: upcoming().id }).items;
    expect(items.map((i) => `${i.text}:${i.state}`)).toEqual([
      'On-call load:done',
      'Draft RFC:dropped',
      'Book the offsite:done',
    ]);
  });

  it('refuses the whole batch when one item is closed, unknown or someone else’s, and writes nothing', () => {
    const [topic, rfc, offsite] = threeItems() as [string, string, string];
    app.call('oneOnOnes.triage', { personId, itemIds: [offsite], state: 'dropped' });
    const before = app.db.prepare('SELECT id, state, closed_at, updated_at FROM oo_items ORDER BY id').all();

    const closed = app.send('oneOnOnes.triage', { personId, itemIds: [topic, offsite], state: 'done' });
    expect(closed).toMatchObject({ ok: false, error: { code: 'conflict', field: 'itemIds' } });
    expect(!closed.ok && closed.error.message).toContain('“Book the offsite” is already dropped');

    const unknown = app.send('oneOnOnes.triage', {
      personId,
      itemIds: [rfc, '00000000-0000-4000-8000-000000000000'],
      state: 'done',
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found', field: 'itemIds' } });
    expect(!unknown.ok && unknown.error.message).toContain('Item 2 of those chosen');

    const elsewhere = app.send('oneOnOnes.triage', { personId: otherId, itemIds: [rfc], state: 'done' });
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'not_found' } });

    expect(app.send('oneOnOnes.triage', { personId, itemIds: [], state: 'done' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(app.send('oneOnOnes.triage', { personId, itemIds: [rfc, rfc], state: 'done' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(app.send('oneOnOnes.triage', { personId, itemIds: [rfc], state: 'open' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(app.db.prepare('SELECT id, state, closed_at, updated_at FROM oo_items ORDER BY id').all()).toEqual(before);
  });
});

describe('goal status from the prep view', () => {
  it('marks a goal achieved without touching its other fields, and it leaves the prep list', () => {
    const g = app.call('goals.create', {
      personId,
      fields: { ...emptyGoalFields, title: 'Run the incident review', dueDate: '2026-03-10', successCriteria: 'Done' },
    });
    expect(app.call('goals.forPrep', { personId }).open.map((x) => x.title)).toEqual(['Run the incident review']);
    const achieved = app.call('goals.setStatus', { id: g.id, status: 'achieved' });
    expect(achieved).toMatchObject({
      status: 'achieved',
      title: g.title,
      dueDate: '2026-03-10',
      successCriteria: 'Done',
    });
    expect(app.call('goals.forPrep', { personId }).open).toEqual([]);

    const again = app.send('goals.setStatus', { id: g.id, status: 'achieved' });
    expect(again).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'status' } });
    expect(!again.ok && again.error.message).toContain('already achieved');
    expect(app.send('goals.setStatus', { id: g.id, status: 'finished' })).toMatchObject({ ok: false });
    expect(
      app.send('goals.setStatus', { id: '00000000-0000-4000-8000-000000000000', status: 'achieved' }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

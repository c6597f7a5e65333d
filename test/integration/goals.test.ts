import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyGoalFields, type GoalFields } from '#shared/goals/model';
import type { LadderDoc } from '#shared/ladders/model';
import { emptyPersonFields } from '#shared/people/model';
import { createTestApp, type TestApp } from '../support/testApp';
import { rowCount } from '../support/dbSnapshot';

let app: TestApp;
let personId: string;
let ladderId: string;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-03-01T10:00:00Z') });
  ladderId = app.call('ladders.addBuiltIn', { key: 'engineering' }).id;
  personId = app.call('people.create', { ...emptyPersonFields, name: 'Grace Hopper' }).id;
});
afterEach(() => app.close());

const goal = (over: Partial<GoalFields> = {}): GoalFields => ({
  ...emptyGoalFields,
  title: 'Lead the on-call rework',
  ladderId,
  targetLevel: 'e3',
  competencyIds: ['operations', 'ownership'],
  successCriteria: 'Rota published and pages halved',
  dueDate: '2026-03-20',
  ...over,
});
const count = (table: string) => rowCount(app.db, table);

describe('stretch goals', () => {
  it('stores linked competencies and target level by name, and check-ins newest first', () => {
    const g = app.call('goals.create', { personId, fields: goal() });
    expect(g).toMatchObject({
      competencyNames: ['Running in production', 'Ownership'],
      targetLevelName: 'Senior engineer',
      overdue: false,
      stale: false,
    });
    app.call('goals.checkIn', { goalId: g.id, fields: { checkedOn: '2026-02-27', note: 'Drafted the rota' } });
    const after = app.call('goals.checkIn', { goalId: g.id, fields: { checkedOn: '2026-03-01', note: 'Shared it' } });
    expect(after.checkIns.map((c) => c.note)).toEqual(['Shared it', 'Drafted the rota']);
    expect(after.lastCheckInOn).toBe('2026-03-01');
    // No date means the store's today.
    app.setNow(new Date('2026-03-04T10:00:00Z'));
    expect(
      app.call('goals.checkIn', { goalId: g.id, fields: { checkedOn: null, note: 'Rota live' } }).lastCheckInOn,
    ).toBe('2026-03-04');
  });

  it('becomes overdue after its due date and stale after 30 days without a check-in, until achieved', () => {
    const g = app.call('goals.create', { personId, fields: goal() });
    app.setNow(new Date('2026-03-21T08:00:00Z'));
    expect(app.call('goals.list', { personId })[0]).toMatchObject({ overdue: true, stale: false });
    app.setNow(new Date('2026-03-31T08:00:00Z'));
    expect(app.call('goals.list', { personId })[0]).toMatchObject({ overdue: true, stale: true });
    app.call('goals.checkIn', { goalId: g.id, fields: { checkedOn: '2026-03-31', note: 'Back on it' } });
    expect(app.call('goals.list', { personId })[0]).toMatchObject({ stale: false });
    app.call('goals.update', { id: g.id, fields: goal({ status: 'achieved' }) });
    expect(app.call('goals.list', { personId })[0]).toMatchObject({ overdue: false, stale: false });
  });

  it('the prep view lists open goals, overdue and stale first, with counts', () => {
    app.call('goals.create', { personId, fields: goal({ title: 'Later', dueDate: '2026-06-01' }) });
    app.call('goals.create', { personId, fields: goal({ title: 'Soon', dueDate: '2026-03-05' }) });
    app.call('goals.create', { personId, fields: goal({ title: 'Done', status: 'achieved' }) });
    app.setNow(new Date('2026-03-06T08:00:00Z'));
    const prep = app.call('goals.forPrep', { personId });
    expect(prep.open.map((g) => g.title)).toEqual(['Soon', 'Later']);
    expect(prep).toMatchObject({ dueSoon: 1, overdue: 1, stale: 0 });
  });

  it('refuses competencies or a level outside the ladder, a check-in in the future, and writes nothing', () => {
    expect(app.send('goals.create', { personId, fields: goal({ competencyIds: ['ghost'] }) })).toMatchObject({
      ok: false,
      error: { field: 'competencyIds' },
    });
    expect(app.send('goals.create', { personId, fields: goal({ targetLevel: 'x9' }) })).toMatchObject({
      ok: false,
      error: { field: 'targetLevel' },
    });
    expect(app.send('goals.create', { personId, fields: goal({ ladderId: null }) })).toMatchObject({
      ok: false,
      error: { field: 'competencyIds' },
    });
    expect(app.send('goals.create', { personId, fields: goal({ title: '  ' }) })).toMatchObject({
      ok: false,
      error: { field: 'fields.title', message: 'Title is required: fill it in.' },
    });
    expect(count('goals')).toBe(0);
    const g = app.call('goals.create', { personId, fields: goal() });
    expect(app.send('goals.checkIn', { goalId: g.id, fields: { checkedOn: '2026-03-02', note: 'x' } })).toMatchObject({
      ok: false,
      error: { field: 'checkedOn' },
    });
    expect(count('goal_checkins')).toBe(0);
  });

  it('names each goal from its own ladder, read afresh on every list', () => {
    const design = app.call('ladders.addBuiltIn', { key: 'product-design' });
    const designDoc = JSON.parse(
      app.db.prepare('SELECT doc FROM ladder_versions WHERE id = ?').pluck().get(design.currentVersionId) as string,
    ) as LadderDoc;
    const level = designDoc.levels[0]!;
    app.call('goals.create', { personId, fields: goal({ title: 'On-call' }) });
    app.call('goals.create', {
      personId,
      fields: goal({ title: 'Research', ladderId: design.id, targetLevel: level.id, competencyIds: [] }),
    });
    app.call('goals.create', { personId, fields: goal({ title: 'Ownership', competencyIds: ['ownership'] }) });
    const names = () =>
      app.call('goals.list', { personId }).map((g) => [g.title, g.ladderName, g.targetLevelName, g.competencyNames]);
    expect(names()).toEqual([
      ['On-call', 'Software engineering (Cairn starter)', 'Senior engineer', ['Running in production', 'Ownership']],
      ['Research', design.name, level.name, []],
      ['Ownership', 'Software engineering (Cairn starter)', 'Senior engineer', ['Ownership']],
    ]);
    app.call('ladders.update', { id: design.id, doc: { ...designDoc, name: 'Design, renamed' } });
    expect(names()[1]![1]).toBe('Design, renamed');
  });

  it('erasing the person removes goals and check-ins; the export includes them', () => {
    const g = app.call('goals.create', { personId, fields: goal() });
    app.call('goals.checkIn', { goalId: g.id, fields: { checkedOn: '2026-03-01', note: 'Started' } });
    expect(app.call('people.erasePreview', { id: personId }).items).toContainEqual({
      label: 'stretch goal, with their check-ins',
      count: 1,
    });
    const exported = app.call('people.export', { id: personId });
    expect(exported.markdown).toMatch(/### Lead the on-call rework \(Active, due Friday,? (20 March|March 20,) 2026\)/);
    expect(exported.markdown).toMatch(/- Sunday,? (1 March|March 1,) 2026: Started/);
    app.call('people.erase', { id: personId, confirmName: 'Grace Hopper' });
    expect(count('goals')).toBe(0);
    expect(count('goal_checkins')).toBe(0);
  });
});

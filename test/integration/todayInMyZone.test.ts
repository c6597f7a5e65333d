import { afterEach, describe, expect, it } from 'vitest';
import { emptyGoalFields, type GoalFields } from '#shared/goals/model';
import { emptyPersonFields } from '#shared/people/model';
import { createTestApp, type TestApp } from '../support/testApp';
import { rowCount } from '../support/dbSnapshot';

/**
 * "Today" is the calendar day on the manager's own clock (Settings → My time zone, or this
 * computer's zone when it follows the computer), never UTC's. Near midnight the two differ by
 * a day: east of UTC the manager is already on tomorrow, west of it still on yesterday.
 */
// 09:00 on Friday 4 December in Auckland (UTC+13): UTC is still on the 3rd.
const AUCKLAND_MORNING = new Date('2026-12-03T20:00:00Z');
// 22:00 on Thursday 3 December in Los Angeles (UTC−8): UTC is already on the 4th.
const LOS_ANGELES_EVENING = new Date('2026-12-04T06:00:00Z');

let app: TestApp;
afterEach(() => app.close());

function managerIn(timeZone: string | null, now: Date) {
  app = createTestApp({ now: new Date('2026-11-01T12:00:00Z') });
  if (timeZone) app.call('settings.update', { timeZone });
  const ladderId = app.call('ladders.addBuiltIn', { key: 'engineering' }).id;
  const personId = app.call('people.create', {
    ...emptyPersonFields,
    name: 'Grace Hopper',
    ladderId,
    track: 'ic',
    level: 'e2',
  }).id;
  const goal = (over: Partial<GoalFields> = {}) =>
    app.call('goals.create', {
      personId,
      fields: {
        ...emptyGoalFields,
        title: 'Lead the on-call rework',
        ladderId,
        targetLevel: 'e3',
        competencyIds: ['operations'],
        successCriteria: 'Rota published',
        dueDate: '2026-12-31',
        ...over,
      },
    });
  app.setNow(now);
  return { personId, goal };
}

const evidence = (personId: string, seenOn: string) =>
  app.send('evidence.log', {
    personId,
    source: { kind: 'direct' },
    fields: {
      happened: 'Led the incident review',
      shows: 'Turns reviews into fixes',
      seenOn,
      competencyIds: ['operations'],
      private: false,
      shareable: '',
    },
  });

describe("today is the manager's calendar day, not UTC's", () => {
  it('east of UTC (Auckland, 09:00 on 4 December): evidence and check-ins dated the 4th are today, and a goal due on the 3rd is overdue', () => {
    const { personId, goal } = managerIn('Pacific/Auckland', AUCKLAND_MORNING);
    expect(evidence(personId, '2026-12-04')).toMatchObject({ ok: true });
    // Tomorrow there is still the future.
    expect(evidence(personId, '2026-12-05')).toMatchObject({ ok: false, error: { field: 'seenOn' } });
    expect(rowCount(app.db, 'evidence_entries')).toBe(1);

    const g = goal();
    expect(
      app.call('goals.checkIn', { goalId: g.id, fields: { checkedOn: '2026-12-04', note: 'Rota drafted' } })
        .lastCheckInOn,
    ).toBe('2026-12-04');
    // A check-in with no date is dated today, the manager's today.
    expect(
      app.call('goals.checkIn', { goalId: g.id, fields: { checkedOn: null, note: 'Rota shared' } }).checkIns[0]
        ?.checkedOn,
    ).toBe('2026-12-04');

    const dueYesterday = goal({ title: 'Write the runbook', dueDate: '2026-12-03' });
    expect(app.call('goals.list', { personId }).find((x) => x.id === dueYesterday.id)).toMatchObject({ overdue: true });
  });

  it('west of UTC (Los Angeles, 22:00 on 3 December): the 4th is still the future, and a goal due on the 3rd is not yet overdue', () => {
    const { personId, goal } = managerIn('America/Los_Angeles', LOS_ANGELES_EVENING);
    expect(evidence(personId, '2026-12-04')).toMatchObject({ ok: false, error: { field: 'seenOn' } });
    expect(rowCount(app.db, 'evidence_entries')).toBe(0);
    expect(evidence(personId, '2026-12-03')).toMatchObject({ ok: true });

    const g = goal();
    expect(
      app.send('goals.checkIn', { goalId: g.id, fields: { checkedOn: '2026-12-04', note: 'Rota drafted' } }),
    ).toMatchObject({ ok: false, error: { field: 'checkedOn' } });
    expect(rowCount(app.db, 'goal_checkins')).toBe(0);
    expect(
      app.call('goals.checkIn', { goalId: g.id, fields: { checkedOn: null, note: 'Rota shared' } }).lastCheckInOn,
    ).toBe('2026-12-03');

    const dueToday = goal({ title: 'Write the runbook', dueDate: '2026-12-03' });
    expect(app.call('goals.list', { personId }).find((x) => x.id === dueToday.id)).toMatchObject({ overdue: false });
  });

  describe('following this computer (no zone chosen in Settings)', () => {
    const systemZone = process.env.TZ;
    afterEach(() => {
      if (systemZone === undefined) delete process.env.TZ;
      else process.env.TZ = systemZone;
    });

    it("reads the computer's zone: in Auckland the 4th is today", () => {
      process.env.TZ = 'Pacific/Auckland';
      const { personId } = managerIn(null, AUCKLAND_MORNING);
      expect(app.call('settings.get', {}).timeZone).toBeNull();
      expect(evidence(personId, '2026-12-04')).toMatchObject({ ok: true });
    });

    it("reads the computer's zone: in Los Angeles the 4th is tomorrow", () => {
      process.env.TZ = 'America/Los_Angeles';
      const { personId } = managerIn(null, LOS_ANGELES_EVENING);
      expect(evidence(personId, '2026-12-04')).toMatchObject({ ok: false, error: { field: 'seenOn' } });
    });
  });
});

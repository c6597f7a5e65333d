import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/testApp';
import { emptyGoalFields } from '#shared/goals/model';
import { addItem } from '../support/oneOnOnes';

let app: TestApp;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-12-03T09:00:00Z') });
  app.call('sample.load', {});
});
afterEach(() => app.close());

const person = (name: string) => app.call('people.list', {}).find((p) => p.name === name)!;

describe('the person page header', () => {
  it('names the level and ladder, the next and last 1:1, mood, and flags from each domain’s rules', () => {
    const tomas = person('Tomás Ruiz');
    const before = app.call('home.personHeader', { personId: tomas.id });
    const prep = app.call('oneOnOnes.prep', { personId: tomas.id });
    expect(before).toMatchObject({
      person: { callName: 'Tom' },
      upcoming: { id: prep.upcoming!.id },
      lastHeld: { meetingId: prep.lastMeeting!.id, date: prep.lastMeeting!.date, daysAgo: prep.daysSinceLast },
      latestMood: prep.moodTrend.at(-1),
      overdueActions: 0,
    });
    expect(before.ladder).toMatchObject({ name: expect.any(String), levelName: expect.any(String) });

    addItem(app, prep.upcoming!.id, 'action', 'them', 'Send the rollout note', '2026-11-20');
    const g = app.call('goals.create', {
      personId: tomas.id,
      fields: { ...emptyGoalFields, title: 'Lead the receipts rework', dueDate: '2026-11-01' },
    });
    const after = app.call('home.personHeader', { personId: tomas.id });
    expect(after.overdueActions).toBe(1);
    expect(after.overdueGoals).toBe(1);
    app.call('goals.setStatus', { id: g.id, status: 'achieved' });
    expect(app.call('home.personHeader', { personId: tomas.id }).overdueGoals).toBe(0);
  });

  it('nudges about career only where the sample has no career conversation, and reads nothing it should not', () => {
    expect(app.call('home.personHeader', { personId: person('Priya Raman').id })).toMatchObject({
      daysSinceCareer: null,
      careerDue: true,
    });
    expect(app.call('home.personHeader', { personId: person('Amara Osei').id }).careerDue).toBe(false);
    const rows = app.db.prepare('SELECT count(*) FROM oo_meetings').pluck().get();
    expect(app.send('home.personHeader', { personId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(app.send('home.personHeader', { personId: 'nope' })).toMatchObject({ ok: false });
    expect(app.db.prepare('SELECT count(*) FROM oo_meetings').pluck().get()).toBe(rows);
  });

  it('lists a mentoring pair that needs attention with its reason', () => {
    // Three months on with no session logged, an active pair has gone quiet.
    app.setNow(new Date('2027-03-03T09:00:00Z'));
    const pair = app.call('mentoring.overview', {}).pairs.find((p) => p.health.flags.length > 0)!;
    expect(pair).toBeDefined();
    const header = app.call('home.personHeader', { personId: pair.mentee.id });
    expect(header.pairs).toContainEqual({
      pairId: pair.id,
      otherName: pair.mentor.name,
      role: 'mentee',
      messages: pair.health.flags.map((f) => f.message),
    });
  });
});

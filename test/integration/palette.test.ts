import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyGoalFields } from '#shared/goals/model';
import { emptyPersonFields } from '#shared/people/model';
import { snapshotAllTables } from '../support/dbSnapshot';
import { addCandidate, arrangeRole } from '../support/interviews';
import { createTestApp, type TestApp } from '../support/testApp';
import { weeklySeries } from '../support/oneOnOnes';

let app: TestApp;
let ada: string;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-03-02T08:00:00Z') });
  ada = app.call('people.create', { ...emptyPersonFields, name: 'Ada Lovelace', title: 'Staff engineer' }).id;
});
afterEach(() => app.close());

const search = (text: string) => app.call('palette.search', { text });
const goal = (title: string, personId = ada) =>
  app.call('goals.create', { personId, fields: { ...emptyGoalFields, title } });

describe('palette search', () => {
  it('finds people by name, 1:1 notes through notes search (never private ones), goals by title, candidates by name or alias', () => {
    weeklySeries(app, ada, { timeZone: 'UTC' });
    const meeting = app.call('oneOnOnes.prep', { personId: ada }).upcoming!;
    app.call('oneOnOnes.saveNotes', {
      meetingId: meeting.id,
      sharedNotes: 'We planned the lovelace migration.',
      privateNotes: 'Secret lovelace worry.',
    });
    const g = goal('Lead the Lovelace launch');
    const { role } = arrangeRole(app);
    const cand = addCandidate(app, role.id, { name: 'Lovelace Candidate', stage: 'Onsite' });

    const found = search('lovelace');
    expect(found.people.map((p) => p.name)).toEqual(['Ada Lovelace']);
    expect(found.notes).toHaveLength(1);
    expect(found.notes[0]).toMatchObject({ meetingId: meeting.id, personId: ada, field: 'shared' });
    expect(found.goals).toEqual([
      { id: g.id, personId: ada, personName: 'Ada Lovelace', title: 'Lead the Lovelace launch', status: 'active' },
    ]);
    expect(found.candidates).toEqual([
      { id: cand.id, name: 'Lovelace Candidate', alias: cand.alias, roleTitle: 'Backend engineer', stage: 'Onsite' },
    ]);
    expect(search(cand.alias).candidates.map((c) => c.id)).toEqual([cand.id]);
    expect(search('worry').notes).toEqual([]);
  });

  it('takes LIKE wildcards and FTS syntax as text: 50%, a_b, 1:1, C++, quotes and stars find what they say or nothing', () => {
    goal('Cut build time by 50%');
    goal('Cut build time by 500 seconds');
    goal('Rename a_b flags');
    goal('Rename aXb flags');
    goal('Run the 1:1 template review');
    expect(search('50%').goals.map((g) => g.title)).toEqual(['Cut build time by 50%']);
    expect(search('a_b').goals.map((g) => g.title)).toEqual(['Rename a_b flags']);
    expect(search('1:1').goals.map((g) => g.title)).toEqual(['Run the 1:1 template review']);
    for (const text of ['C++', '"', '*', '"unclosed', 'NEAR(', ':)', '\\', '%', '_', "'; DROP TABLE goals; --"]) {
      const result = app.send('palette.search', { text });
      expect(result.ok, text).toBe(true);
    }
    expect(search('%').goals.map((g) => g.title)).toEqual(['Cut build time by 50%']);
    expect(search('   ')).toEqual({ people: [], notes: [], goals: [], candidates: [] });
  });

  it('returns at most eight of each kind', () => {
    for (let i = 0; i < 12; i++) {
      const id = app.call('people.create', { ...emptyPersonFields, name: `Grace ${String(i).padStart(2, '0')}` }).id;
      goal(`Grace goal ${i}`, id);
    }
    const found = search('grace');
    expect(found.people).toHaveLength(8);
    expect(found.people[0]!.name).toBe('Grace 00');
    expect(found.goals).toHaveLength(8);
  });

  it('refuses bad input with the field named, and writes nothing', () => {
    goal('Anything');
    const before = snapshotAllTables(app.db);
    const refusals = [
      [{ text: 5 }, 'text'],
      [{ text: 'x'.repeat(201) }, 'text'],
      [{}, 'text'],
      [{ text: 'ok', limit: 100 }, 'limit'],
    ] as const;
    for (const [payload, field] of refusals) {
      const result = app.send('palette.search', payload);
      expect(!result.ok && result.error, JSON.stringify(payload)).toMatchObject({ code: 'invalid_input', field });
    }
    search('anything');
    expect(snapshotAllTables(app.db)).toBe(before);
  });
});

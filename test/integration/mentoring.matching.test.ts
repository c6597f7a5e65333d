import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Relationship } from '#shared/people/model';
import { addPersonTo, arrangeContestedMentors, pairInput, preferences as prefs } from '../support/mentoring';
import { createTestApp, type TestApp } from '../support/testApp';
import { rowCount } from '../support/dbSnapshot';

/** Who could mentor whom: suggestions, group proposals and preferences imported from CSV. */
let app: TestApp;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-03-02T09:00:00Z') });
});
afterEach(() => app.close());

const count = (table: string) => rowCount(app.db, table);
const addPerson: (name: string, relationship?: Relationship) => string = (name, relationship) =>
  addPersonTo(app, name, relationship);

describe('suggestions and group proposals', () => {
  it('suggests mentors with reasons, within capacity, never the manager or the mentee', () => {
    const mia = addPerson('Mia');
    const boss = addPerson('Boss', 'peer');
    const omar = addPerson('Omar', 'mentor');
    const full = addPerson('Full', 'mentor');
    const other = addPerson('Other');
    app.call('mentoring.savePreferences', {
      personId: mia,
      fields: prefs({
        wantsMentor: true,
        wantsToMentor: true,
        strengths: ['testing'],
        interests: ['Testing', 'Hiring'],
        managerId: boss,
        capacity: 1,
      }),
    });
    app.call('mentoring.savePreferences', {
      personId: boss,
      fields: prefs({ wantsToMentor: true, strengths: ['testing', 'hiring'], capacity: 3 }),
    });
    app.call('mentoring.savePreferences', {
      personId: omar,
      fields: prefs({ wantsToMentor: true, strengths: ['testing'], interests: ['hiring'], capacity: 2 }),
    });
    app.call('mentoring.savePreferences', {
      personId: full,
      fields: prefs({ wantsToMentor: true, strengths: ['testing', 'hiring'], capacity: 1 }),
    });
    app.call('mentoring.createPair', pairInput(full, other));
    const result = app.call('mentoring.suggest', { menteeId: mia });
    expect(result.suggestions).toEqual([
      {
        mentorId: omar,
        mentorName: 'Omar',
        score: 4,
        reasons: [
          'Strong in what Mia wants to grow: “Testing”',
          'Shared interests: “Hiring”',
          'Room for 2 more mentees',
        ],
      },
    ]);
  });

  it('proposes the best whole-group assignment and accepts it all or nothing', () => {
    const { one: m1, first: a, second: b } = arrangeContestedMentors(app, ['Ann', 'Ben']);
    const proposal = app.call('mentoring.proposeGroup', {});
    // First-come would give Ann her best mentor (One, 9) and leave Ben with nobody: 9.
    // The optimum gives Ann Two (6) so that Ben gets One (6): 12.
    expect(proposal.totalScore).toBe(12);
    expect(proposal.assignments.map((x) => [x.mentee.name, x.mentor.name])).toEqual([
      ['Ann', 'Mentor Two'],
      ['Ben', 'Mentor One'],
    ]);
    expect(proposal.assignments[0]!.focusAreas).toEqual(['k8s', 'observability']);

    // A stale proposal that overfills a mentor is refused whole.
    const bad = app.send('mentoring.acceptGroup', {
      assignments: [
        { mentorId: m1, menteeId: a },
        { mentorId: m1, menteeId: b },
      ],
      cadenceDays: 14,
      startDate: '2026-03-09',
    });
    expect(!bad.ok && bad.error).toMatchObject({ code: 'conflict', field: 'assignments.1' });
    expect(count('mentoring_pairs')).toBe(0);

    const accepted = app.call('mentoring.acceptGroup', {
      assignments: proposal.assignments.map((x) => ({ mentorId: x.mentor.id, menteeId: x.mentee.id })),
      cadenceDays: 14,
      startDate: '2026-03-09',
    });
    expect(accepted).toEqual({ created: 2 });
    expect(app.call('mentoring.overview', {}).pairs.map((p) => p.status)).toEqual(['proposed', 'proposed']);
    expect(app.call('mentoring.proposeGroup', {})).toEqual({ assignments: [], unassigned: [], totalScore: 0 });
  });
});

describe('CSV import of preferences', () => {
  const csv = (rows: string[]) => ['name,wants,strengths,interests,capacity,manager', ...rows].join('\n');

  it('previews, then imports; and on any error reports the line and imports nothing', () => {
    addPerson('Ada Lovelace');
    addPerson('Bo Chen');
    const good = csv(['Ada Lovelace,mentor,"testing; design",,2,', 'bo chen,mentee,,testing,,Ada Lovelace']);
    const preview = app.call('mentoring.importPreferences', { csv: good, commit: false });
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.line, r.name, r.capacity, r.manager])).toEqual([
      [2, 'Ada Lovelace', 2, null],
      [3, 'Bo Chen', 0, 'Ada Lovelace'],
    ]);
    expect(count('mentoring_preferences')).toBe(0);

    const bad = csv(['Ada Lovelace,mentor,testing,,2,', 'Nobody,mentee,,,,', 'Bo Chen,sometimes,,,x,']);
    const refused = app.call('mentoring.importPreferences', { csv: bad, commit: true });
    expect(refused.imported).toBe(0);
    expect(refused.errors).toEqual([
      { line: 3, message: 'The name “Nobody” is not a person in Cairn: add them first, or check the spelling.' },
      {
        line: 4,
        message: expect.stringMatching(
          /^The “wants” column says “sometimes”: write mentor, mentee, both,? or neither\.$/,
        ),
      },
      { line: 4, message: 'The capacity “x” is not a whole number: write one, such as 2.' },
    ]);
    expect(count('mentoring_preferences')).toBe(0);

    const done = app.call('mentoring.importPreferences', { csv: good, commit: true });
    expect(done.imported).toBe(2);
    expect(
      app.call('mentoring.listPreferences', {}).map((p) => [p.name, p.strengths, p.interests, p.managerName]),
    ).toEqual([
      ['Ada Lovelace', ['testing', 'design'], [], null],
      ['Bo Chen', [], ['testing'], 'Ada Lovelace'],
    ]);
  });

  it('reads a spreadsheet export: BOM, CRLF, quoted commas, blank lines and any column order', () => {
    addPerson('Ada Lovelace');
    const file = '\uFEFFwants,name,interests\r\nmentee,Ada Lovelace,"testing, design"\r\n\r\n';
    const result = app.call('mentoring.importPreferences', { csv: file, commit: true });
    expect(result.errors).toEqual([]);
    expect(app.call('mentoring.listPreferences', {})[0]).toMatchObject({
      wantsMentor: true,
      interests: ['testing', 'design'],
      capacity: 0,
    });
  });

  it('refuses a name two people share rather than guess, and a capacity over the limit', () => {
    addPerson('Sam Lee');
    addPerson('Sam Lee');
    addPerson('Kim');
    const result = app.call('mentoring.importPreferences', {
      csv: csv(['sam lee,mentor,,,,', 'Kim,mentor,,,21,']),
      commit: true,
    });
    expect(result.errors).toEqual([
      { line: 2, message: 'The name “sam lee” matches 2 people in Cairn: give them distinct names first.' },
      { line: 3, message: 'Capacity must be at most 20: enter 20 or fewer (the file says “21”).' },
    ]);
    expect(count('mentoring_preferences')).toBe(0);
  });

  it('refuses a missing column, an unknown column and a duplicate person', () => {
    addPerson('Ada');
    expect(app.call('mentoring.importPreferences', { csv: 'name,capacity\nAda,1', commit: true }).errors).toEqual([
      { line: 1, message: 'The column “wants” is missing: add it to the first line.' },
    ]);
    expect(
      app.call('mentoring.importPreferences', { csv: 'name,wants,colour\nAda,mentor,red', commit: true }).errors[0]!
        .message,
    ).toMatch(/^Cairn does not know the column “colour”: the columns are name, wants, /);
    expect(
      app.call('mentoring.importPreferences', { csv: csv(['Ada,mentor,,,,', 'ADA,mentee,,,,']), commit: true }).errors,
    ).toEqual([{ line: 3, message: 'Ada is already on line 2: keep one row for them.' }]);
    expect(count('mentoring_preferences')).toBe(0);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CreatePairInput, PreferencesFields } from '#shared/mentoring/model';
import { emptyPersonFields, type Relationship } from '#shared/people/model';
import { createTestApp, type TestApp } from '../support/testApp';

let app: TestApp;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-03-02T09:00:00Z') });
});
afterEach(() => app.close());

const count = (table: string) => (app.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const addPerson = (name: string, relationship: Relationship = 'direct_report') =>
  app.call('people.create', { ...emptyPersonFields, name, relationship }).id;
const pairInput = (
  mentorId: string,
  menteeId: string,
  patch: Partial<CreatePairInput['fields']['agreement']> = {},
): CreatePairInput => ({
  mentorId,
  menteeId,
  status: 'active',
  fields: {
    focusAreas: [
      { name: 'System design', competencyId: null },
      { name: 'Public speaking', competencyId: null },
    ],
    goals: 'Lead a design review by June',
    agreement: {
      expectations: 'Mentee sets the agenda',
      cadenceDays: 14,
      startDate: '2026-03-02',
      plannedEnd: '2026-06-30',
      ...patch,
    },
  },
});
const prefs = (patch: Partial<PreferencesFields>): PreferencesFields => ({
  wantsToMentor: false,
  wantsMentor: false,
  strengths: [],
  interests: [],
  capacity: 0,
  managerId: null,
  ...patch,
});

describe('pairs and sessions', () => {
  it('creates a pair with an agreement, logs sessions with progress and a fit check, and tracks health on the clock', () => {
    const omar = addPerson('Omar Farouk', 'mentor');
    const mia = addPerson('Mia Chen');
    const pair = app.call('mentoring.createPair', pairInput(omar, mia));
    expect(pair).toMatchObject({
      status: 'active',
      cadenceDays: 14,
      sessionCount: 0,
      health: { flags: [], nextDue: '2026-03-16' },
    });
    const [design] = pair.focusAreas;

    app.setNow(new Date('2026-03-05T10:00:00Z'));
    const logged = app.call('mentoring.logSession', {
      pairId: pair.id,
      date: '2026-03-05',
      notes: 'Talked about the review format',
      takeaways: 'Draft one RFC',
      progress: [{ focusAreaId: design!.id, note: 'Read two past RFCs' }],
      fit: 'good_fit',
    });
    expect(logged.sessions[0]).toMatchObject({
      fit: 'good_fit',
      progress: [{ focusArea: 'System design', note: 'Read two past RFCs' }],
    });
    expect(logged).toMatchObject({ sessionCount: 1, lastSessionDate: '2026-03-05', firstFit: 'good_fit' });

    // A fit check on a later session is refused, as is a session in the future.
    const again = app.send('mentoring.logSession', {
      pairId: pair.id,
      date: '2026-03-05',
      notes: '',
      takeaways: '',
      progress: [],
      fit: 'unsure',
    });
    expect(!again.ok && again.error).toMatchObject({ field: 'fit' });
    const future = app.send('mentoring.logSession', {
      pairId: pair.id,
      date: '2026-03-06',
      notes: '',
      takeaways: '',
      progress: [],
      fit: null,
    });
    expect(!future.ok && future.error).toMatchObject({ field: 'date' });
    expect(count('mentoring_sessions')).toBe(1);

    // Due 19 March, 4 days of grace: flagged on the 24th, gone quiet at 28 days.
    app.setNow(new Date('2026-03-23T12:00:00Z'));
    expect(app.call('mentoring.getPair', { id: pair.id }).health.flags).toEqual([]);
    app.setNow(new Date('2026-03-24T12:00:00Z'));
    expect(app.call('mentoring.overview', {}).pairs[0]!.health.flags).toEqual([
      { kind: 'overdue', message: 'Session overdue by 5 days' },
    ]);
    app.setNow(new Date('2026-04-02T12:00:00Z'));
    expect(app.call('mentoring.forPerson', { personId: mia }).asMentee[0]!.health.flags[0]!.kind).toBe('quiet');
    expect(app.call('mentoring.forPerson', { personId: omar }).asMentor).toHaveLength(1);
  });

  it('refuses a self-pair, a duplicate open pair, an end before the start and an unknown person, writing nothing', () => {
    const a = addPerson('Ada');
    const b = addPerson('Bo');
    app.call('mentoring.createPair', pairInput(a, b));
    const before = count('mentoring_pairs');
    const self = app.send('mentoring.createPair', pairInput(a, a));
    // The words the pair form shows for the same rule (shared/mentoring/rules.ts).
    expect(!self.ok && self.error).toMatchObject({
      code: 'invalid_input',
      field: 'menteeId',
      message: 'The mentee must be someone other than the mentor',
    });
    const dup = app.send('mentoring.createPair', pairInput(a, b));
    expect(!dup.ok && dup.error).toMatchObject({ code: 'conflict', field: 'menteeId' });
    const backwards = app.send('mentoring.createPair', pairInput(b, a, { plannedEnd: '2026-03-01' }));
    expect(!backwards.ok && backwards.error).toMatchObject({
      field: 'agreement.plannedEnd',
      message: 'The planned end must be after the start date',
    });
    const ghost = app.send('mentoring.createPair', pairInput(crypto.randomUUID(), a));
    expect(!ghost.ok && ghost.error).toMatchObject({ field: 'mentorId' });
    const zeroCadence = app.send('mentoring.createPair', pairInput(b, a, { cadenceDays: 0 }));
    expect(!zeroCadence.ok && zeroCadence.error).toMatchObject({ field: 'fields.agreement.cadenceDays' });
    expect(count('mentoring_pairs')).toBe(before);
    expect(count('mentoring_focus_areas')).toBe(2);
  });

  it('moves through statuses, needs a reason to end, and allows a new pair once the old one ended', () => {
    const a = addPerson('Ada');
    const b = addPerson('Bo');
    const pair = app.call('mentoring.createPair', { ...pairInput(a, b), status: 'proposed' });
    expect(app.call('mentoring.setStatus', { id: pair.id, status: 'active', reason: '' }).status).toBe('active');
    expect(app.call('mentoring.setStatus', { id: pair.id, status: 'paused', reason: '' }).status).toBe('paused');
    const noReason = app.send('mentoring.setStatus', { id: pair.id, status: 'ended', reason: '  ' });
    expect(!noReason.ok && noReason.error).toMatchObject({ field: 'reason' });
    const ended = app.call('mentoring.setStatus', { id: pair.id, status: 'ended', reason: 'Goals met' });
    expect(ended).toMatchObject({ status: 'ended', endReason: 'Goals met', endedOn: '2026-03-02' });
    const reopen = app.send('mentoring.setStatus', { id: pair.id, status: 'active', reason: '' });
    expect(!reopen.ok && reopen.error).toMatchObject({ code: 'conflict' });
    expect(app.call('mentoring.createPair', pairInput(a, b)).status).toBe('active');
  });

  it('keeps progress notes when focus areas are renamed around them', () => {
    const a = addPerson('Ada');
    const b = addPerson('Bo');
    const pair = app.call('mentoring.createPair', pairInput(a, b));
    const design = pair.focusAreas[0]!;
    app.call('mentoring.logSession', {
      pairId: pair.id,
      date: '2026-03-02',
      notes: '',
      takeaways: '',
      progress: [{ focusAreaId: design.id, note: 'Step one' }],
      fit: null,
    });
    const fields = {
      ...pairInput(a, b).fields,
      focusAreas: [
        { name: 'system design', competencyId: null },
        { name: 'Hiring', competencyId: null },
      ],
    };
    const updated = app.call('mentoring.updatePair', { id: pair.id, fields });
    expect(updated.focusAreas.map((f) => f.name)).toEqual(['system design', 'Hiring']);
    expect(updated.focusAreas[0]!.id).toBe(design.id);
    expect(updated.sessions[0]!.progress).toEqual([
      { focusAreaId: design.id, focusArea: 'system design', note: 'Step one' },
    ]);
  });
});

describe('deleting a session', () => {
  it('removes the session and its progress notes, and the health counts from the session before', () => {
    const a = addPerson('Ada');
    const b = addPerson('Bo');
    const pair = app.call('mentoring.createPair', pairInput(a, b));
    app.setNow(new Date('2026-03-20T09:00:00Z'));
    app.call('mentoring.logSession', {
      pairId: pair.id,
      date: '2026-03-03',
      notes: '',
      takeaways: '',
      progress: [],
      fit: 'good_fit',
    });
    const two = app.call('mentoring.logSession', {
      pairId: pair.id,
      date: '2026-03-19',
      notes: 'x',
      takeaways: '',
      progress: [{ focusAreaId: pair.focusAreas[1]!.id, note: 'Gave a lightning talk' }],
      fit: null,
    });
    expect(two.health.nextDue).toBe('2026-04-02');
    const after = app.call('mentoring.deleteSession', { id: two.sessions[0]!.id });
    expect(after).toMatchObject({ sessionCount: 1, lastSessionDate: '2026-03-03', health: { nextDue: '2026-03-17' } });
    expect(count('mentoring_session_progress')).toBe(0);
    const again = app.send('mentoring.deleteSession', { id: two.sessions[0]!.id });
    expect(!again.ok && again.error).toMatchObject({ code: 'not_found' });
  });
});

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
    const [m1, m2, a, b] = ['Mentor One', 'Mentor Two', 'Ann', 'Ben'].map((n) => addPerson(n));
    app.call('mentoring.savePreferences', {
      personId: m1!,
      fields: prefs({ wantsToMentor: true, strengths: ['go', 'sql', 'k8s'], capacity: 1 }),
    });
    app.call('mentoring.savePreferences', {
      personId: m2!,
      fields: prefs({ wantsToMentor: true, strengths: ['k8s', 'observability'], capacity: 1 }),
    });
    app.call('mentoring.savePreferences', {
      personId: a!,
      fields: prefs({ wantsMentor: true, interests: ['go', 'sql', 'k8s', 'observability'] }),
    });
    app.call('mentoring.savePreferences', {
      personId: b!,
      fields: prefs({ wantsMentor: true, interests: ['go', 'sql'] }),
    });
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
        { mentorId: m1!, menteeId: a! },
        { mentorId: m1!, menteeId: b! },
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
      { line: 3, message: 'name "Nobody" is not a person in Cairn; add them first.' },
      { line: 4, message: 'wants must be one of mentor, mentee, both, neither (found "sometimes").' },
      { line: 4, message: 'capacity must be a whole number such as 2 (found "x").' },
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
      { line: 2, message: 'name "sam lee" matches 2 people; make the names distinct first.' },
      { line: 3, message: 'capacity: Capacity must be at most 20 (found "21").' },
    ]);
    expect(count('mentoring_preferences')).toBe(0);
  });

  it('refuses a missing column, an unknown column and a duplicate person', () => {
    addPerson('Ada');
    expect(app.call('mentoring.importPreferences', { csv: 'name,capacity\nAda,1', commit: true }).errors).toEqual([
      { line: 1, message: 'the column "wants" is missing.' },
    ]);
    expect(
      app.call('mentoring.importPreferences', { csv: 'name,wants,colour\nAda,mentor,red', commit: true }).errors[0]!
        .message,
    ).toMatch(/unknown column "colour"/);
    expect(
      app.call('mentoring.importPreferences', { csv: csv(['Ada,mentor,,,,', 'ADA,mentee,,,,']), commit: true }).errors,
    ).toEqual([{ line: 3, message: 'Ada is already on line 2.' }]);
    expect(count('mentoring_preferences')).toBe(0);
  });
});

describe('erase and export', () => {
  it("counts, exports and erases a person's pairs, sessions and preferences, leaving no row", () => {
    const a = addPerson('Ada');
    const b = addPerson('Bo');
    const pair = app.call('mentoring.createPair', pairInput(a, b));
    app.call('mentoring.logSession', {
      pairId: pair.id,
      date: '2026-03-02',
      notes: 'First chat',
      takeaways: '',
      progress: [{ focusAreaId: pair.focusAreas[0]!.id, note: 'Begun' }],
      fit: 'unsure',
    });
    app.call('mentoring.savePreferences', {
      personId: b,
      fields: prefs({ wantsMentor: true, interests: ['go'], managerId: a }),
    });
    expect(app.call('people.erasePreview', { id: a }).items).toContainEqual({
      // One pair, counted as a manager reads it; its session and the preferences are named beside it.
      label: 'mentoring pair, with their sessions, and any mentoring preferences',
      count: 1,
    });
    const exported = app.call('people.export', { id: b });
    expect(JSON.parse(exported.json).mentoring.pairs[0]).toMatchObject({
      role: 'mentee',
      mentor: 'Ada',
      sessions: [{ notes: 'First chat' }],
    });
    expect(exported.markdown).toContain('### Ada mentoring Bo (Active)');
    expect(exported.markdown).toContain('#### Session 2026-03-02 — Unsure');

    app.call('people.erase', { id: a, confirmName: 'Ada' });
    for (const table of [
      'mentoring_pairs',
      'mentoring_focus_areas',
      'mentoring_sessions',
      'mentoring_session_progress',
    ])
      expect(count(table)).toBe(0);
    expect(app.call('mentoring.listPreferences', {})[0]).toMatchObject({ name: 'Bo', managerId: null });
  });
});

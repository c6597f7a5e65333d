import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Relationship } from '#shared/people/model';
import { addPersonTo, pairInput, preferences as prefs } from '../support/mentoring';
import { createTestApp, type TestApp } from '../support/testApp';
import { rowCount } from '../support/dbSnapshot';

let app: TestApp;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-03-02T09:00:00Z') });
});
afterEach(() => app.close());

const count = (table: string) => rowCount(app.db, table);
const addPerson: (name: string, relationship?: Relationship) => string = (name, relationship) =>
  addPersonTo(app, name, relationship);

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
      message: 'The mentee must be someone other than the mentor: choose another person.',
    });
    const dup = app.send('mentoring.createPair', pairInput(a, b));
    expect(!dup.ok && dup.error).toMatchObject({ code: 'conflict', field: 'menteeId' });
    const backwards = app.send('mentoring.createPair', pairInput(b, a, { plannedEnd: '2026-03-01' }));
    expect(!backwards.ok && backwards.error).toMatchObject({
      field: 'agreement.plannedEnd',
      message: 'The planned end must be after the start date: choose a later day.',
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
    expect(exported.markdown).toMatch(/#### Session of Monday,? (2 March|March 2,) 2026 — Unsure/);

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

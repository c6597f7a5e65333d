import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sealScorecardFile } from '#electron/domains/interviews/scorecardFile';
import { addCandidate, arrangeRole, ratingsFor } from '../support/interviews';
import { snapshotAllTables } from '../support/dbSnapshot';
import { createTestApp, type TestApp } from '../support/testApp';

/**
 * A scorecard file is written by someone else, and its checksum is not a signature: anyone can
 * seal a file that says anything. An import may add another interviewer's scorecard, never
 * overwrite one or speak as someone it is not.
 */
let app: TestApp;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-03-02T09:00:00Z') });
});
afterEach(() => app.close());

const refusal = (channel: string, payload: unknown) => {
  const result = app.send(channel, payload);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return result.error;
};

function arrange() {
  const setup = arrangeRole(app);
  const me = app.call('interviews.createInterviewer', { name: 'Me (manager)', personId: null });
  app.call('interviews.updatePrefs', { selfInterviewerId: me.id, retentionDays: 365 });
  const bob = app.call('interviews.createInterviewer', { name: 'Bob', personId: null });
  const cleo = addCandidate(app, setup.role.id, { name: 'Cleo Park', stage: 'Onsite' });
  const dan = addCandidate(app, setup.role.id, { name: 'Dan Other', stage: 'Onsite' });
  return { ...setup, me, bob, cleo, dan };
}

const onsiteFile = (interviewer: string, candidate = 'Cleo Park', submittedAt = '2026-03-01T15:00:00.000Z') =>
  sealScorecardFile({
    exportedAt: '2026-03-01T15:00:00.000Z',
    role: 'Backend engineer',
    stage: 'Onsite',
    kind: 'interview',
    candidate,
    interviewer,
    submittedAt,
    recommendation: 'yes',
    ratings: [
      { item: 'System design', score: 3, evidence: 'Sealed by anyone' },
      { item: 'Collaboration', score: 3, evidence: 'Sealed by anyone' },
    ],
  });

describe('importing a scorecard file never overwrites or impersonates', () => {
  it('refuses a file named as a panel member whose draft here has ratings, and keeps the draft', () => {
    const { kit, bob, cleo } = arrange();
    const { scorecardId } = app.call('interviews.addToPanel', {
      candidateId: cleo.id,
      kitId: kit.id,
      interviewerId: bob.id,
    });
    app.call('interviews.saveScorecard', {
      id: scorecardId,
      ratings: ratingsFor(kit, [2, null as unknown as number], 'Half-written by Bob'),
      recommendation: null,
      submit: false,
    });
    const before = snapshotAllTables(app.db);
    const error = refusal('interviews.importScorecard', {
      candidateId: cleo.id,
      kitId: kit.id,
      text: onsiteFile('bob'),
    });
    expect(error).toMatchObject({ code: 'conflict', field: 'text' });
    expect(error.message).toMatch(/Bob already has a draft/);
    expect(snapshotAllTables(app.db)).toBe(before);
    expect(app.call('interviews.getScorecard', { id: scorecardId }).ratings[0]!.evidence).toBe('Half-written by Bob');
  });

  it('refuses a file named as you, the manager: your own scorecard is written here, not imported', () => {
    const { kit, cleo } = arrange();
    const before = snapshotAllTables(app.db);
    for (const name of ['Me (manager)', '  me (MANAGER) ']) {
      const error = refusal('interviews.importScorecard', {
        candidateId: cleo.id,
        kitId: kit.id,
        text: onsiteFile(name),
      });
      expect(error).toMatchObject({ code: 'conflict', field: 'text' });
      expect(error.message).toMatch(/signed with your own name/);
    }
    expect(snapshotAllTables(app.db)).toBe(before);
  });

  it('refuses a work-sample file graded under another candidate’s alias', () => {
    const { sample, cleo, dan } = arrange();
    const file = (alias: string) =>
      sealScorecardFile({
        exportedAt: '2026-03-01T15:00:00.000Z',
        role: 'Backend engineer',
        stage: 'Take-home',
        kind: 'work_sample',
        candidate: `Candidate ${alias}`,
        interviewer: 'Bob',
        submittedAt: '2026-03-01T15:00:00.000Z',
        recommendation: 'yes',
        ratings: [{ item: 'Test coverage', score: 3, evidence: 'Graded blind' }],
      });
    const before = snapshotAllTables(app.db);
    const error = refusal('interviews.importScorecard', {
      candidateId: cleo.id,
      kitId: sample.id,
      text: file(dan.alias),
    });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'text' });
    expect(error.message).toContain(`Candidate ${dan.alias}`);
    expect(snapshotAllTables(app.db)).toBe(before);
    expect(
      app.call('interviews.importScorecard', { candidateId: cleo.id, kitId: sample.id, text: file(cleo.alias) }),
    ).toMatchObject({
      interviewerName: 'Bob',
    });
  });

  it('refuses a file whose dates are not dates', () => {
    const { kit, cleo } = arrange();
    const before = snapshotAllTables(app.db);
    for (const submittedAt of ['not a date at all', '2026-02-30T10:00:00Z', '99999-01-01T00:00:00Z']) {
      const error = refusal('interviews.importScorecard', {
        candidateId: cleo.id,
        kitId: kit.id,
        text: onsiteFile('Bob', 'Cleo Park', submittedAt),
      });
      expect(error).toMatchObject({ code: 'invalid_input', field: 'text' });
      expect(error.message).toMatch(/at the date it was submitted: /);
    }
    expect(snapshotAllTables(app.db)).toBe(before);
  });
});

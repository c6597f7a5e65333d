import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { arrangeRole, ratingsFor } from '../support/interviews';
import { createTestApp, type TestApp } from '../support/testApp';
import { snapshotAllTables } from '../support/dbSnapshot';

let app: TestApp;
let other: TestApp | undefined;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-03-02T09:00:00Z') });
});
afterEach(() => {
  app.close();
  other?.close();
  other = undefined;
});

const refusal = (target: TestApp, channel: string, payload: unknown) => {
  const result = target.send(channel, payload);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return result.error;
};
const dump = () => snapshotAllTables(app.db);

/** A panel of three: the manager (self), Bob and Cy, for one candidate's onsite. */
function arrangePanel(target: TestApp = app, candidateName = 'Cleo Park') {
  const setup = arrangeRole(target);
  const me = target.call('interviews.createInterviewer', { name: 'Me (manager)', personId: null });
  target.call('interviews.updatePrefs', { selfInterviewerId: me.id, retentionDays: 365 });
  const bob = target.call('interviews.createInterviewer', { name: 'Bob', personId: null });
  const cy = target.call('interviews.createInterviewer', { name: 'Cy', personId: null });
  const cleo = target.call('interviews.createCandidate', {
    roleId: setup.role.id,
    fields: { name: candidateName, stage: 'Onsite', source: 'Referral' },
  });
  const add = (interviewerId: string) =>
    target.call('interviews.addToPanel', { candidateId: cleo.id, kitId: setup.kit.id, interviewerId }).scorecardId;
  return { ...setup, me, bob, cy, cleo, mine: add(me.id), bobs: add(bob.id), add };
}

describe('scorecards', () => {
  it('rates each competency with its anchors, refuses a recommendation before every rating, needs evidence to submit, then locks', () => {
    const { kit, mine } = arrangePanel();
    const card = app.call('interviews.getScorecard', { id: mine });
    expect(card).toMatchObject({ source: 'own', status: 'draft', candidateName: 'Cleo Park', recommendation: null });
    expect(card.kit.items[0]!.anchors).toHaveLength(4);

    const early = refusal(app, 'interviews.saveScorecard', {
      id: mine,
      ratings: ratingsFor(kit, [3]),
      recommendation: 'yes',
      submit: false,
    });
    expect(early).toMatchObject({ field: 'recommendation', message: expect.stringContaining('Rate every competency') });

    // A partial draft saves.
    const draft = app.call('interviews.saveScorecard', {
      id: mine,
      ratings: ratingsFor(kit, [3]),
      recommendation: null,
      submit: false,
    });
    expect(draft.ratings.map((r) => r.score)).toEqual([3, null]);

    const noEvidence = ratingsFor(kit, [3, 2]);
    noEvidence[1]!.evidence = '  ';
    expect(
      refusal(app, 'interviews.saveScorecard', { id: mine, ratings: noEvidence, recommendation: 'yes', submit: true }),
    ).toMatchObject({
      field: 'ratings.1.evidence',
    });
    expect(
      refusal(app, 'interviews.saveScorecard', {
        id: mine,
        ratings: ratingsFor(kit, [3, 2]),
        recommendation: null,
        submit: true,
      }),
    ).toMatchObject({
      field: 'recommendation',
    });
    expect(app.call('interviews.getScorecard', { id: mine }).status).toBe('draft');

    const submitted = app.call('interviews.saveScorecard', {
      id: mine,
      ratings: ratingsFor(kit, [3, 2]),
      recommendation: 'yes',
      submit: true,
    });
    expect(submitted).toMatchObject({
      status: 'submitted',
      submittedAt: '2026-03-02T09:00:00.000Z',
      recommendation: 'yes',
    });
    expect(
      refusal(app, 'interviews.saveScorecard', {
        id: mine,
        ratings: ratingsFor(kit, [4, 4]),
        recommendation: 'strong_yes',
        submit: true,
      }),
    ).toMatchObject({
      code: 'conflict',
      field: 'status',
    });
  });

  it('records a later edit with its time and reason, and refuses one without a reason or without change', () => {
    const { kit, mine } = arrangePanel();
    app.call('interviews.saveScorecard', {
      id: mine,
      ratings: ratingsFor(kit, [2, 3]),
      recommendation: 'no',
      submit: true,
    });
    expect(
      refusal(app, 'interviews.amendScorecard', {
        id: mine,
        ratings: ratingsFor(kit, [3, 3]),
        recommendation: 'yes',
        reason: ' ',
      }),
    ).toMatchObject({
      field: 'reason',
    });
    expect(
      refusal(app, 'interviews.amendScorecard', {
        id: mine,
        ratings: ratingsFor(kit, [2, 3]),
        recommendation: 'no',
        reason: 'x',
      }),
    ).toMatchObject({
      field: 'ratings',
    });
    app.setNow(new Date('2026-03-03T10:00:00Z'));
    const amended = app.call('interviews.amendScorecard', {
      id: mine,
      ratings: ratingsFor(kit, [3, 3]),
      recommendation: 'yes',
      reason: 'Re-read my notes',
    });
    expect(amended.ratings.map((r) => r.score)).toEqual([3, 3]);
    expect(amended.submittedAt).toBe('2026-03-02T09:00:00.000Z');
    expect(amended.amendments).toEqual([
      {
        id: expect.any(String),
        at: '2026-03-03T10:00:00.000Z',
        reason: 'Re-read my notes',
        summary: 'System design: 2 → 3; recommendation: No → Yes',
      },
    ]);
  });

  it('refuses to put the same interviewer on a panel twice, or a kit of another role', () => {
    const { cleo, kit, bob } = arrangePanel();
    expect(
      refusal(app, 'interviews.addToPanel', { candidateId: cleo.id, kitId: kit.id, interviewerId: bob.id }),
    ).toMatchObject({ code: 'conflict' });
    const otherRole = arrangeRole(app, 'Data engineer');
    expect(
      refusal(app, 'interviews.addToPanel', { candidateId: cleo.id, kitId: otherRole.kit.id, interviewerId: bob.id }),
    ).toMatchObject({
      field: 'kitId',
    });
  });
});

describe('independence', () => {
  it('keeps the debrief and the others’ scorecards closed until my own is submitted — on the server', () => {
    const { cleo, kit, mine, bobs } = arrangePanel();
    const forbidden = { code: 'forbidden', message: expect.stringContaining('Submit your own scorecard first') };
    expect(refusal(app, 'interviews.debrief', { candidateId: cleo.id, kitId: kit.id })).toMatchObject(forbidden);
    expect(refusal(app, 'interviews.exportDebrief', { candidateId: cleo.id, kitId: kit.id })).toMatchObject(forbidden);
    expect(refusal(app, 'interviews.getScorecard', { id: bobs })).toMatchObject(forbidden);
    expect(
      refusal(app, 'interviews.decide', { candidateId: cleo.id, kitId: kit.id, outcome: 'offer', rationale: 'x' }),
    ).toMatchObject(forbidden);

    app.call('interviews.saveScorecard', {
      id: mine,
      ratings: ratingsFor(kit, [3, 3]),
      recommendation: 'yes',
      submit: true,
    });
    expect(app.call('interviews.debrief', { candidateId: cleo.id, kitId: kit.id }).pending).toEqual(['Bob']);
    expect(app.call('interviews.getScorecard', { id: bobs }).interviewerName).toBe('Bob');
  });

  it('calibration leaves out a panel still closed to me: a colleague’s lean there would hint at their scores', () => {
    const { role, kit, me, bob, cy } = arrangePanel();
    const dev = app.call('interviews.createCandidate', {
      roleId: role.id,
      fields: { name: 'Dev Rao', stage: 'Onsite', source: '' },
    });
    for (const [who, scores] of [
      [bob, [1, 2]],
      [cy, [3, 4]],
    ] as const) {
      const { scorecardId } = app.call('interviews.addToPanel', {
        candidateId: dev.id,
        kitId: kit.id,
        interviewerId: who.id,
      });
      app.call('interviews.saveScorecard', {
        id: scorecardId,
        ratings: ratingsFor(kit, [...scores]),
        recommendation: 'yes',
        submit: true,
      });
    }
    const mine = app.call('interviews.addToPanel', {
      candidateId: dev.id,
      kitId: kit.id,
      interviewerId: me.id,
    }).scorecardId;
    expect(app.call('interviews.calibration', { roleId: null })).toEqual([]);
    app.call('interviews.saveScorecard', {
      id: mine,
      ratings: ratingsFor(kit, [2, 3]),
      recommendation: 'no',
      submit: true,
    });
    expect(app.call('interviews.calibration', { roleId: role.id }).map((c) => c.interviewerName)).toEqual([
      'Bob',
      'Cy',
      'Me (manager)',
    ]);
  });

  it('refuses to switch "I interview as" while my own scorecard is a draft', () => {
    const { cleo, kit, mine, bob } = arrangePanel();
    const before = dump();
    expect(refusal(app, 'interviews.updatePrefs', { selfInterviewerId: null, retentionDays: 365 })).toMatchObject({
      code: 'conflict',
      field: 'selfInterviewerId',
    });
    expect(refusal(app, 'interviews.updatePrefs', { selfInterviewerId: bob.id, retentionDays: 365 })).toMatchObject({
      code: 'conflict',
    });
    expect(dump()).toBe(before);
    expect(refusal(app, 'interviews.debrief', { candidateId: cleo.id, kitId: kit.id })).toMatchObject({
      code: 'forbidden',
    });
    app.call('interviews.saveScorecard', {
      id: mine,
      ratings: ratingsFor(kit, [3, 3]),
      recommendation: 'yes',
      submit: true,
    });
    expect(app.call('interviews.updatePrefs', { selfInterviewerId: null, retentionDays: 200 })).toEqual({
      selfInterviewerId: null,
      retentionDays: 200,
    });
  });

  it('a manager who is not on the panel is not blocked', () => {
    const { cleo, kit, me } = arrangePanel();
    app.db.prepare('DELETE FROM scorecards WHERE interviewer_id = ?').run(me.id);
    expect(app.call('interviews.debrief', { candidateId: cleo.id, kitId: kit.id }).summary.interviewers).toEqual([]);
  });
});

describe('scorecard files', () => {
  /** Bob's own Cairn: same role and kit typed in, Bob as self, his scorecard submitted and exported. */
  function bobsExport(scores: number[] = [1, 3]) {
    other = createTestApp({ now: new Date('2026-03-02T15:00:00Z') });
    const theirs = arrangeRole(other);
    const bobSelf = other.call('interviews.createInterviewer', { name: 'Bob', personId: null });
    other.call('interviews.updatePrefs', { selfInterviewerId: bobSelf.id, retentionDays: 365 });
    const cleo = other.call('interviews.createCandidate', {
      roleId: theirs.role.id,
      fields: { name: 'cleo park', stage: 'Onsite', source: '' },
    });
    const { scorecardId } = other.call('interviews.addToPanel', {
      candidateId: cleo.id,
      kitId: theirs.kit.id,
      interviewerId: bobSelf.id,
    });
    other.call('interviews.saveScorecard', {
      id: scorecardId,
      ratings: ratingsFor(theirs.kit, scores, 'Bob saw this'),
      recommendation: 'strong_no',
      submit: true,
    });
    return other.call('interviews.exportScorecard', { id: scorecardId });
  }

  it('imports a file exported by another Cairn, replacing the placeholder draft', () => {
    const { cleo, kit, mine, bobs } = arrangePanel();
    app.call('interviews.saveScorecard', {
      id: mine,
      ratings: ratingsFor(kit, [4, 3]),
      recommendation: 'strong_yes',
      submit: true,
    });
    const file = bobsExport();
    expect(file.fileName).toBe('scorecard-onsite-bob.json');
    expect(JSON.parse(file.text)).toMatchObject({
      format: 'cairn-scorecard',
      version: 1,
      checksum: { algorithm: 'sha256' },
    });
    const imported = app.call('interviews.importScorecard', { candidateId: cleo.id, kitId: kit.id, text: file.text });
    expect(imported).toMatchObject({
      source: 'imported',
      status: 'submitted',
      interviewerName: 'Bob',
      recommendation: 'strong_no',
    });
    expect(imported.ratings.map((r) => [r.score, r.evidence])).toEqual([
      [1, 'Bob saw this'],
      [3, 'Bob saw this'],
    ]);
    expect(app.send('interviews.getScorecard', { id: bobs })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    // Twice: refused, nothing changes.
    const before = dump();
    expect(
      refusal(app, 'interviews.importScorecard', { candidateId: cleo.id, kitId: kit.id, text: file.text }),
    ).toMatchObject({ code: 'conflict' });
    expect(dump()).toBe(before);
  });

  it('rejects tampered, malformed and mismatched files with a clear reason and imports nothing', () => {
    const { cleo, kit, mine } = arrangePanel();
    app.call('interviews.saveScorecard', {
      id: mine,
      ratings: ratingsFor(kit, [4, 3]),
      recommendation: 'strong_yes',
      submit: true,
    });
    const { text } = bobsExport();
    const before = dump();
    const attempt = (t: string) =>
      refusal(app, 'interviews.importScorecard', { candidateId: cleo.id, kitId: kit.id, text: t });

    const tampered = JSON.parse(text);
    tampered.ratings[0].score = 4;
    expect(attempt(JSON.stringify(tampered))).toMatchObject({
      field: 'text',
      message: expect.stringContaining('checksum does not match'),
    });
    expect(attempt(text.replace('Bob saw this', 'Bob saw that'))).toMatchObject({
      message: expect.stringContaining('checksum does not match'),
    });
    expect(attempt('{ not json')).toMatchObject({ message: expect.stringContaining('not JSON') });
    expect(attempt('{"format":"something-else"}')).toMatchObject({
      message: expect.stringContaining('not a Cairn scorecard file'),
    });
    const noSum = JSON.parse(text);
    delete noSum.checksum;
    expect(attempt(JSON.stringify(noSum))).toMatchObject({ message: expect.stringContaining('malformed') });
    const badScore = JSON.parse(text);
    badScore.ratings[0].score = 7;
    expect(attempt(JSON.stringify(badScore))).toMatchObject({
      message: expect.stringContaining('ratings › item 1 › score'),
    });

    const wrongCandidate = app.call('interviews.createCandidate', {
      roleId: kit.roleId,
      fields: { name: 'Someone Else', stage: 'Onsite', source: '' },
    });
    expect(
      refusal(app, 'interviews.importScorecard', { candidateId: wrongCandidate.id, kitId: kit.id, text }),
    ).toMatchObject({
      message: expect.stringContaining('is about "cleo park"'),
    });
    expect(dump()).not.toBe(before); // the new candidate
    const sampleKit = app.call('interviews.getRole', { id: kit.roleId }).kits[1]!;
    expect(
      refusal(app, 'interviews.importScorecard', { candidateId: cleo.id, kitId: sampleKit.id, text }),
    ).toMatchObject({
      message: expect.stringContaining('stage "Onsite", not "Take-home"'),
    });
    expect(app.call('interviews.listInterviewers', {}).map((i) => i.name)).toEqual(['Bob', 'Cy', 'Me (manager)']);
  });

  it('only a submitted scorecard is exported', () => {
    const { mine } = arrangePanel();
    expect(refusal(app, 'interviews.exportScorecard', { id: mine })).toMatchObject({
      code: 'conflict',
      field: 'status',
    });
  });
});

describe('debrief, decision, calibration and blind work samples', () => {
  it('shows the matrix with the disagreement first, tallies, records a decision and exports Markdown', () => {
    const { cleo, kit, mine, bobs, cy, add } = arrangePanel();
    const cys = add(cy.id);
    app.call('interviews.saveScorecard', {
      id: mine,
      ratings: ratingsFor(kit, [4, 3]),
      recommendation: 'strong_yes',
      submit: true,
    });
    app.call('interviews.saveScorecard', {
      id: bobs,
      ratings: ratingsFor(kit, [2, 3]),
      recommendation: 'no',
      submit: true,
    });
    app.call('interviews.saveScorecard', {
      id: cys,
      ratings: ratingsFor(kit, [3, 4]),
      recommendation: 'yes',
      submit: true,
    });
    const debrief = app.call('interviews.debrief', { candidateId: cleo.id, kitId: kit.id });
    expect(debrief.summary.interviewers.map((i) => i.name)).toEqual(['Bob', 'Cy', 'Me (manager)']);
    expect(debrief.summary.rows.map((r) => [r.name, r.spread, r.disagreement])).toEqual([
      ['System design', 2, true],
      ['Collaboration', 1, false],
    ]);
    expect(debrief.summary.tally).toEqual({ strong_no: 0, no: 1, yes: 1, strong_yes: 1 });
    expect(
      refusal(app, 'interviews.decide', { candidateId: cleo.id, kitId: kit.id, outcome: 'offer', rationale: '' }),
    ).toMatchObject({ field: 'rationale' });
    app.call('interviews.decide', {
      candidateId: cleo.id,
      kitId: kit.id,
      outcome: 'offer',
      rationale: 'Design gap discussed | Bob satisfied',
    });
    const { markdown, fileName } = app.call('interviews.exportDebrief', { candidateId: cleo.id, kitId: kit.id });
    expect(fileName).toBe('debrief-cleo-park-2026-03-02.md');
    expect(markdown).toContain('# Debrief: Cleo Park');
    expect(markdown).toContain('| Competency | Bob | Cy | Me (manager) | Spread |');
    expect(markdown).toContain('| System design | 2 | 3 | 4 | 2 ⚑ disagreement |');
    expect(markdown).toContain('**Make an offer** (2026-03-02): Design gap discussed \\| Bob satisfied');
    expect(markdown).toContain('- Strong yes: 1');

    // Me: design 4 − (2+3)/2 = +1.5, collaboration 3 − (3+4)/2 = −0.5 → overall +0.5
    const me = app.call('interviews.calibration', { roleId: null }).find((c) => c.interviewerName === 'Me (manager)')!;
    expect(me).toMatchObject({ scorecards: 1, strongYesShare: 1, overall: { meanDiff: 0.5, compared: 2 } });
    expect(me.byCompetency).toEqual([
      { competency: 'Collaboration', meanDiff: -0.5, compared: 1 },
      { competency: 'System design', meanDiff: 1.5, compared: 1 },
    ]);
  });

  it('a work-sample scorecard never carries the candidate’s name', () => {
    const { cleo, sample, me } = arrangePanel();
    const { scorecardId } = app.call('interviews.addToPanel', {
      candidateId: cleo.id,
      kitId: sample.id,
      interviewerId: me.id,
    });
    const card = app.call('interviews.getScorecard', { id: scorecardId });
    expect(card.candidateName).toBeNull();
    expect(card.candidateLabel).toBe(`Candidate ${cleo.alias}`);
    expect(JSON.stringify(card)).not.toContain('Cleo');
    app.call('interviews.saveScorecard', {
      id: scorecardId,
      ratings: ratingsFor(sample, [3]),
      recommendation: 'yes',
      submit: true,
    });
    expect(app.call('interviews.exportScorecard', { id: scorecardId }).text).not.toContain('Cleo');
    expect(JSON.stringify(app.call('interviews.debrief', { candidateId: cleo.id, kitId: sample.id }))).not.toContain(
      'Cleo',
    );
  });
});

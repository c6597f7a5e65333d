import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCandidate, arrangePanel, arrangeRole, ratingsFor } from '../support/interviews';
import { refusal } from '../support/refusal';
import { createTestApp, type TestApp } from '../support/testApp';
import { snapshotAllTables } from '../support/dbSnapshot';

let app: TestApp;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-03-02T09:00:00Z') });
});
afterEach(() => app.close());

const dump = () => snapshotAllTables(app.db);

describe('scorecards', () => {
  it('rates each competency with its anchors, refuses a recommendation before every rating, needs evidence to submit, then locks', () => {
    const { kit, mine } = arrangePanel(app);
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
    const { kit, mine } = arrangePanel(app);
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

  it('refuses a decision before any scorecard is submitted, and writes nothing', () => {
    // No one is "me" on this panel, so the debrief is open to read while Bob's scorecard is a draft.
    const { role, kit } = arrangeRole(app);
    const bob = app.call('interviews.createInterviewer', { name: 'Bob', personId: null });
    const cleo = addCandidate(app, role.id, { name: 'Cleo Park', stage: 'Onsite' });
    app.call('interviews.addToPanel', { candidateId: cleo.id, kitId: kit.id, interviewerId: bob.id });
    expect(app.call('interviews.debrief', { candidateId: cleo.id, kitId: kit.id }).pending).toEqual(['Bob']);
    const before = dump();
    expect(
      refusal(app, 'interviews.decide', { candidateId: cleo.id, kitId: kit.id, outcome: 'offer', rationale: 'Keen' }),
    ).toMatchObject({ code: 'conflict', field: 'outcome', message: expect.stringContaining('nothing to decide on') });
    expect(dump()).toEqual(before);
  });

  it('refuses to put the same interviewer on a panel twice, or a kit of another role', () => {
    const { cleo, kit, bob } = arrangePanel(app);
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
    const { cleo, kit, mine, bobs } = arrangePanel(app);
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
    const { role, kit, me, bob, cy } = arrangePanel(app);
    const dev = addCandidate(app, role.id, { name: 'Dev Rao', stage: 'Onsite' });
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
    const { cleo, kit, mine, bob } = arrangePanel(app);
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
    const { cleo, kit, me } = arrangePanel(app);
    app.db.prepare('DELETE FROM scorecards WHERE interviewer_id = ?').run(me.id);
    expect(app.call('interviews.debrief', { candidateId: cleo.id, kitId: kit.id }).summary.interviewers).toEqual([]);
  });
});

describe('debrief, decision, calibration and blind work samples', () => {
  it('shows the matrix with the disagreement first, tallies, records a decision and exports Markdown', () => {
    const { cleo, kit, mine, bobs, cy, add } = arrangePanel(app);
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
    expect(markdown).toMatch(
      /\*\*Make an offer\*\* \(Monday,? (2 March|March 2,) 2026\): Design gap discussed \\\| Bob satisfied/,
    );
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
    const { cleo, sample, me } = arrangePanel(app);
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

import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '#shared/backups/model';
import { emptyPersonFields } from '#shared/people/model';
import { asReadable } from '#electron/db/access';
import { calibrate, calibrationCards } from '../support/calibrationReference';
import { sealScorecardFile } from '#electron/domains/interviews/scorecardFile';
import { calibrationCardsFromRatings } from '../support/calibrationFromRatings';
import { addCandidate, arrangePanel, ratingsFor } from '../support/interviews';
import type { TestApp } from '../support/testApp';
import { closedAfterEach } from '../support/testApps';

/**
 * Calibration reads one packed row per submitted scorecard (calibration_cards, migration 022),
 * kept in step by triggers. After every kind of write that changes what it reads, through the
 * real handlers on a real store, those rows must say exactly what the raw ratings say, and the
 * screen's figures must be the ones worked out from the raw ratings.
 */
const start = closedAfterEach();

function expectInStep(app: TestApp, roleIds: string[]): void {
  const self = app.call('interviews.getPrefs', {}).selfInterviewerId;
  const closed = new Set(
    app.db
      .prepare("SELECT candidate_id || '/' || kit_id FROM scorecards WHERE interviewer_id = ? AND status = 'draft'")
      .pluck()
      .all(self) as string[],
  );
  for (const roleId of [null, ...roleIds]) {
    const raw = calibrationCardsFromRatings(app.db, roleId);
    expect(calibrationCards(asReadable(app.db), roleId)).toEqual(raw);
    expect(app.call('interviews.calibration', { roleId })).toEqual(
      calibrate(raw.filter((c) => !closed.has(c.panelKey))),
    );
  }
}

const packedRows = (app: TestApp) => app.db.prepare('SELECT count(*) FROM calibration_cards').pluck().get();

describe('calibration read from packed rows', () => {
  it('stays exactly what the raw ratings say through submit, amend, import, erasures, export and restore', () => {
    const app = start({ now: new Date('2026-03-02T09:00:00Z') });
    const { role, kit, me, bob, cy, cleo, mine, bobs, add } = arrangePanel(app);
    const roles = [role.id];
    const submit = (id: string, scores: number[], recommendation: 'yes' | 'no' | 'strong_yes' | 'strong_no') =>
      app.call('interviews.saveScorecard', { id, ratings: ratingsFor(kit, scores), recommendation, submit: true });
    expectInStep(app, roles);

    // Drafts are not calibration's; submitting brings a card in. The manager's own goes first:
    // until it is in, the others' stay closed to them.
    submit(mine, [4, 3], 'strong_yes');
    expectInStep(app, roles);
    app.call('interviews.saveScorecard', {
      id: bobs,
      ratings: ratingsFor(kit, [2]),
      recommendation: null,
      submit: false,
    });
    expect(packedRows(app)).toBe(1);
    submit(bobs, [2, 3], 'no');
    expectInStep(app, roles);
    app.setNow(new Date('2026-04-02T09:00:00Z'));
    submit(add(cy.id), [3, 1], 'yes');
    expectInStep(app, roles);

    // An amendment of a submitted card.
    app.call('interviews.amendScorecard', {
      id: bobs,
      ratings: ratingsFor(kit, [1, 3]),
      recommendation: 'strong_no',
      reason: 'Re-read my notes',
    });
    expectInStep(app, roles);

    // A scorecard file imported from a colleague.
    app.call('interviews.importScorecard', {
      candidateId: cleo.id,
      kitId: kit.id,
      text: sealScorecardFile({
        exportedAt: '2026-03-01T15:00:00.000Z',
        role: 'Backend engineer',
        stage: 'Onsite',
        kind: 'interview',
        candidate: 'Cleo Park',
        interviewer: 'Dee Imported',
        submittedAt: '2026-03-01T15:00:00.000Z',
        recommendation: 'yes',
        ratings: [
          { item: 'System design', score: 2, evidence: 'Seen in the design round' },
          { item: 'Collaboration', score: 4, evidence: 'Seen in the design round' },
        ],
      }),
    });
    expectInStep(app, roles);
    expect(packedRows(app)).toBe(4);

    // A second candidate, with Eve (a person who sits on panels) among the interviewers and the
    // manager's own card still a draft: the manager does not see this panel in calibration yet.
    const person = app.call('people.create', { ...emptyPersonFields, name: 'Eve Panel' });
    const eve = app.call('interviews.createInterviewer', { name: 'Eve Panel', personId: person.id });
    const dan = addCandidate(app, role.id, { name: 'Dan Second', stage: 'Onsite' });
    const danPanel = (interviewerId: string) =>
      app.call('interviews.addToPanel', { candidateId: dan.id, kitId: kit.id, interviewerId }).scorecardId;
    submit(danPanel(bob.id), [2, 2], 'no');
    submit(danPanel(cy.id), [4, 4], 'strong_yes');
    submit(danPanel(eve.id), [3, 2], 'yes');
    danPanel(me.id);
    expectInStep(app, roles);
    expect(packedRows(app)).toBe(7);

    // The first candidate erased (as retention's erasure does): their cards go with them.
    app.call('interviews.eraseCandidate', { id: cleo.id, confirmName: 'Cleo Park' });
    expectInStep(app, roles);
    expect(packedRows(app)).toBe(3);

    // Erasing a person who sits on panels keeps their scorecards under the typed name.
    app.call('people.erase', { id: person.id, confirmName: 'Eve Panel' });
    expectInStep(app, roles);
    expect(packedRows(app)).toBe(3);

    // A backup restored over later writes brings its own rows back, in step.
    const backup = app.call('backups.create', {}) as BackupInfo;
    app.call('interviews.eraseCandidate', { id: dan.id, confirmName: 'Dan Second' });
    expect(packedRows(app)).toBe(0);
    expect(app.call('backups.restore', { id: backup.id })).toEqual({ state: 'open' });
    expectInStep(app, roles);
    expect(packedRows(app)).toBe(3);

    // A full export leaves the packed rows out; importing it builds them from the ratings.
    const exported = app.call('data.exportAll', {}).json;
    expect(Object.keys(JSON.parse(exported).tables)).not.toContain('calibration_cards');
    const target = start();
    target.call('data.importAll', { json: exported });
    expectInStep(target, roles);
    expect(packedRows(target)).toBe(3);
    expect(target.call('interviews.calibration', { roleId: null })).toEqual(
      app.call('interviews.calibration', { roleId: null }),
    );
  });
});

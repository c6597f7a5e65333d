import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCandidate, arrangePanel, arrangeRole, ratingsFor } from '../support/interviews';
import { refusal } from '../support/refusal';
import { createTestApp, type TestApp } from '../support/testApp';
import { snapshotAllTables } from '../support/dbSnapshot';

/** Scorecard files between two Cairns: Bob's own store exports, the manager's imports. */
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

const dump = () => snapshotAllTables(app.db);

describe('scorecard files', () => {
  /** Bob's own Cairn: same role and kit typed in, Bob as self, his scorecard submitted and exported. */
  function bobsExport(scores: number[] = [1, 3]) {
    other = createTestApp({ now: new Date('2026-03-02T15:00:00Z') });
    const theirs = arrangeRole(other);
    const bobSelf = other.call('interviews.createInterviewer', { name: 'Bob', personId: null });
    other.call('interviews.updatePrefs', { selfInterviewerId: bobSelf.id, retentionDays: 365 });
    const cleo = addCandidate(other, theirs.role.id, { name: 'cleo park', stage: 'Onsite' });
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
    const { cleo, kit, mine, bobs } = arrangePanel(app);
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
    const { cleo, kit, mine } = arrangePanel(app);
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
    expect(attempt(JSON.stringify(noSum))).toMatchObject({
      message: expect.stringMatching(
        /^The scorecard file cannot be read at its checksum: .*\. Ask the interviewer to export it again\.$/,
      ),
    });
    const badScore = JSON.parse(text);
    badScore.ratings[0].score = 7;
    expect(attempt(JSON.stringify(badScore))).toMatchObject({
      message: expect.stringMatching(/^The scorecard file cannot be read at rating 1 \(“[^”]+”\), its score: /),
    });

    const wrongCandidate = addCandidate(app, kit.roleId, { name: 'Someone Else', stage: 'Onsite' });
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
    const { mine } = arrangePanel(app);
    expect(refusal(app, 'interviews.exportScorecard', { id: mine })).toMatchObject({
      code: 'conflict',
      field: 'status',
    });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AssessmentFieldsInput } from '#shared/ladders/assessment';
import { emptyPersonFields } from '#shared/people/model';
import { createTestApp, type TestApp } from '../support/testApp';
import { weeklySeries } from '../support/oneOnOnes';
import { personOnLadder } from '../support/ladders';
import { rowCount } from '../support/dbSnapshot';

// Evidence that came up in a 1:1 links to that meeting (issue 4 with issue 3's meetings).
let app: TestApp;
let ladderId: string;
let adaId: string;
let graceId: string;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-03-03T11:00:00Z') });
  ladderId = app.call('ladders.addBuiltIn', { key: 'engineering' }).id;
  adaId = personOnLadder(app, ladderId, 'e2', { name: 'Ada Lovelace' }).id;
  graceId = app.call('people.create', { ...emptyPersonFields, name: 'Grace Hopper' }).id;
});
afterEach(() => app.close());

/** Holds the person's first weekly 1:1 (3 Mar 2026) and returns its id. */
function heldMeeting(personId: string): string {
  weeklySeries(app, personId, { timeZone: 'UTC' });
  const id = app.call('oneOnOnes.prep', { personId }).upcoming!.id;
  app.call('oneOnOnes.hold', { meetingId: id });
  return id;
}

const fields = (meetingId: string | null, meetingLabel = ''): AssessmentFieldsInput => ({
  ladderId,
  levelId: 'e2',
  assessedOn: '2026-03-03',
  summary: '',
  ratings: [{ competencyId: 'code', rating: 'meeting', note: '' }],
  evidence: [
    { text: 'Walked me through the incident review', competencyIds: ['code'], seenOn: null, meetingId, meetingLabel },
  ],
});
const count = (table: string) => rowCount(app.db, table);

describe('assessment evidence from a 1:1', () => {
  it('links to a real meeting of the person; the label comes from the meeting date, not the caller', () => {
    const meetingId = heldMeeting(adaId);
    const a = app.call('assessments.create', {
      personId: adaId,
      fields: fields(meetingId, 'whatever the caller says'),
    });
    expect(a.evidence).toEqual([expect.objectContaining({ meetingId, meetingLabel: '1:1 on 3 Mar 2026' })]);
    expect(app.call('assessments.get', { id: a.id }).evidence[0]).toMatchObject({
      meetingId,
      meetingLabel: '1:1 on 3 Mar 2026',
    });
    expect(app.call('assessments.list', { personId: adaId })).toEqual([
      expect.objectContaining({ id: a.id, evidence: 1 }),
    ]);
    const md = app.call('assessments.promotionCase', { id: a.id }).markdown;
    expect(md).toContain('- Walked me through the incident review (1:1 on 3 Mar 2026)');
  });

  it('refuses a meeting of another person or an unknown id, beside the field, writing nothing', () => {
    const graces = heldMeeting(graceId);
    for (const [meetingId, message] of [
      [graces, 'This 1:1 is with someone else.'],
      ['no-such-meeting', 'There is no such 1:1 meeting.'],
    ] as const) {
      expect(app.send('assessments.create', { personId: adaId, fields: fields(meetingId) })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', field: 'evidence.0.meetingId', message },
      });
    }
    expect(count('assessments')).toBe(0);
    expect(count('assessment_evidence')).toBe(0);
  });

  it('checks the meeting on update too, leaving the stored evidence as it was', () => {
    const meetingId = heldMeeting(adaId);
    const graces = heldMeeting(graceId);
    const a = app.call('assessments.create', { personId: adaId, fields: fields(meetingId) });
    expect(app.send('assessments.update', { id: a.id, fields: fields(graces) })).toMatchObject({
      ok: false,
      error: { field: 'evidence.0.meetingId' },
    });
    expect(app.call('assessments.get', { id: a.id }).evidence[0]).toMatchObject({
      meetingId,
      meetingLabel: '1:1 on 3 Mar 2026',
    });
  });

  it('evidence not from a 1:1 has no link; an empty id counts as none', () => {
    const a = app.call('assessments.create', { personId: adaId, fields: fields('') });
    expect(a.evidence[0]).toMatchObject({ meetingId: null, meetingLabel: '' });
  });

  it('when the meeting is gone the label stays and the link goes', () => {
    const meetingId = heldMeeting(adaId);
    const a = app.call('assessments.create', { personId: adaId, fields: fields(meetingId) });
    // No channel deletes a single meeting today; this stands in for any future path that does.
    app.db.prepare('DELETE FROM oo_meetings WHERE id = ?').run(meetingId);
    expect(app.call('assessments.get', { id: a.id }).evidence[0]).toMatchObject({
      meetingId: null,
      meetingLabel: '1:1 on 3 Mar 2026',
    });
    const md = app.call('assessments.promotionCase', { id: a.id }).markdown;
    expect(md).toContain('- Walked me through the incident review (1:1 on 3 Mar 2026)');
    expect(md).not.toContain(meetingId);
  });

  it('erasing the person removes the evidence and the meetings it pointed at', () => {
    app.call('assessments.create', { personId: adaId, fields: fields(heldMeeting(adaId)) });
    app.call('people.erase', { id: adaId, confirmName: 'Ada Lovelace' });
    expect(count('assessment_evidence')).toBe(0);
    expect(
      (app.db.prepare('SELECT count(*) AS n FROM oo_meetings WHERE person_id = ?').get(adaId) as { n: number }).n,
    ).toBe(0);
  });
});

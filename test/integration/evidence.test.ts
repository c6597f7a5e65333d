import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EvidenceFieldsInput } from '#shared/evidence/model';
import { documentDate } from '#shared/evidence/words';
import { emptyPersonFields } from '#shared/people/model';
import { createTestApp, type TestApp } from '../support/testApp';
import { weeklySeries } from '../support/oneOnOnes';
import { emptyGoalFields } from '#shared/goals/model';
import { barePair } from '../support/mentoring';

let app: TestApp;
let ladderId: string;
let personId: string;
let otherId: string;
let meetingId: string;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-06-15T10:00:00Z') });
  ladderId = app.call('ladders.addBuiltIn', { key: 'engineering' }).id;
  const onLadder = { ...emptyPersonFields, ladderId, track: 'ic', level: 'e2' };
  personId = app.call('people.create', { ...onLadder, name: 'Grace Hopper' }).id;
  otherId = app.call('people.create', { ...emptyPersonFields, name: 'Alan Kay' }).id;
  weeklySeries(app, personId, { firstDate: '2026-06-01' });
  meetingId = (app.call('oneOnOnes.prep', { personId }) as { upcoming: { id: string } }).upcoming.id;
});
afterEach(() => app.close());

const fields = (over: Partial<EvidenceFieldsInput> = {}): EvidenceFieldsInput => ({
  happened: 'Led the incident review for the payments outage',
  shows: 'Turns reviews into concrete fixes',
  seenOn: '2026-06-10',
  competencyIds: ['operations', 'communication'],
  private: false,
  shareable: '',
  ...over,
});
const direct = { kind: 'direct' } as const;
const rows = () => app.db.prepare('SELECT count(*) FROM evidence_entries').pluck().get();

describe('evidence log', () => {
  it('logs an entry with its competencies and source, newest first, filtered by competency, period and words', () => {
    const a = app.call('evidence.log', {
      personId,
      source: { kind: 'one_on_one', id: meetingId, notes: 'shared' },
      fields: fields(),
    });
    expect(a).toMatchObject({
      competencyIds: ['communication', 'operations'].sort() as string[],
      private: false,
      source: { kind: 'one_on_one', id: meetingId, href: `/one-on-ones/meeting/${meetingId}` },
    });
    app.call('evidence.log', {
      personId,
      source: direct,
      fields: fields({
        happened: 'Paired with the new joiner on their first deploy',
        seenOn: '2026-05-02',
        competencyIds: ['growing'],
      }),
    });
    const all = app.call('evidence.list', { personId });
    expect(all.entries.map((e) => e.seenOn)).toEqual(['2026-06-10', '2026-05-02']);
    expect(app.call('evidence.list', { personId, competencyId: 'growing' }).entries).toHaveLength(1);
    expect(app.call('evidence.list', { personId, from: '2026-06-01', to: null }).entries).toHaveLength(1);
    expect(app.call('evidence.list', { personId, text: 'deploy' }).entries[0]!.happened).toContain('new joiner');
    // Punctuation is text, never a syntax error.
    expect(app.send('evidence.list', { personId, text: 'C++ "1:1" :) NEAR(' })).toMatchObject({ ok: true });
  });

  it('refuses evidence with no text, a competency of another ladder and a source about someone else, writing nothing', () => {
    const refusals: [unknown, string][] = [
      [{ personId, source: direct, fields: fields({ happened: '   ' }) }, 'fields.happened'],
      [{ personId, source: direct, fields: fields({ competencyIds: ['visual-craft'] }) }, 'competencyIds'],
      [
        { personId: otherId, source: { kind: 'one_on_one', id: meetingId, notes: 'shared' }, fields: fields() },
        'source',
      ],
      [{ personId, source: direct, fields: fields({ seenOn: '2026-07-01' }) }, 'seenOn'],
    ];
    for (const [payload, field] of refusals) {
      const result = app.send('evidence.log', payload);
      expect(result, JSON.stringify(result)).toMatchObject({ ok: false, error: { field } });
    }
    expect(rows()).toBe(0);
  });

  it('keeps a passage of private notes private: it cannot be made public, only rewritten as shareable', () => {
    const entry = app.call('evidence.log', {
      personId,
      source: { kind: 'one_on_one', id: meetingId, notes: 'private' },
      fields: fields({ happened: 'Said they feel ready for the tech-lead role', private: false }),
    });
    expect(entry.private).toBe(true);
    const refused = app.send('evidence.update', { id: entry.id, fields: fields({ private: false }) });
    expect(refused).toMatchObject({ ok: false, error: { field: 'private' } });
    const draft = (shareable: string) => {
      app.call('evidence.update', {
        id: entry.id,
        fields: fields({ happened: 'Said they feel ready for the tech-lead role', private: true, shareable }),
      });
      return app.call('evidence.draft', { personId, kind: 'review', audience: 'shareable', from: null, to: null });
    };
    const without = draft('');
    expect(without.markdown).not.toContain('tech-lead');
    expect(without.leftOut).toBe(1);
    expect(without.markdown).toContain('Left out: 1 private entry');
    const rewritten = draft('Ran the payments incident review');
    expect(rewritten.leftOut).toBe(0);
    expect(rewritten.markdown).toContain('Ran the payments incident review');
    expect(rewritten.markdown).not.toContain('tech-lead');
    // The manager's own draft has everything, the private entry marked.
    const mine = app.call('evidence.draft', { personId, kind: 'review', audience: 'manager', from: null, to: null });
    expect(mine.markdown).toMatch(/tech-lead role.*\*\(private\)\*/);
  });

  it('coverage names, for the current and target level, the competencies with evidence and the gaps since when', () => {
    app.call('evidence.log', {
      personId,
      source: direct,
      fields: fields({ seenOn: '2026-02-01', competencyIds: ['growing'] }),
    });
    app.call('evidence.log', {
      personId,
      source: direct,
      fields: fields({ seenOn: '2026-06-01', competencyIds: ['operations'] }),
    });
    const cov = app.call('evidence.coverage', { personId, from: '2026-04-01', to: null });
    expect(cov.levels.map((l) => [l.levelName, l.role])).toEqual([
      ['Engineer 2', 'current'],
      ['Senior engineer', 'target'],
    ]);
    const senior = cov.levels[1]!.rows;
    expect(senior.find((r) => r.competencyId === 'operations')).toMatchObject({ count: 1 });
    expect(senior.find((r) => r.competencyId === 'growing')).toMatchObject({ count: 0, lastSeenOn: '2026-02-01' });
    expect(senior.find((r) => r.competencyId === 'scope')).toMatchObject({ count: 0, lastSeenOn: null });
    expect(app.send('evidence.coverage', { personId, from: '2026-05-01', to: '2026-04-01' })).toMatchObject({
      ok: false,
      error: { field: 'to' },
    });
  });

  it('without a ladder, evidence takes free tags and coverage counts them', () => {
    app.call('evidence.log', {
      personId: otherId,
      source: direct,
      fields: fields({ competencyIds: ['public speaking'] }),
    });
    expect(app.call('evidence.options', { personId: otherId }).tags).toEqual(['public speaking']);
    expect(app.call('evidence.coverage', { personId: otherId, from: null, to: null })).toMatchObject({
      ladderName: null,
      levels: [],
      tags: [{ tag: 'public speaking', name: 'public speaking', count: 1 }],
    });
  });

  it('offers the evidence logged since the last assessment, and a promotion draft cites each source with the gaps', () => {
    const assessment = app.call('assessments.create', {
      personId,
      fields: {
        ladderId,
        levelId: 'e3',
        assessedOn: '2026-05-01',
        summary: '',
        ratings: [{ competencyId: 'operations', rating: 'meeting', note: '' }],
        evidence: [],
      },
    });
    app.call('evidence.log', {
      personId,
      source: direct,
      fields: fields({ seenOn: '2026-04-20', happened: 'Before the assessment' }),
    });
    app.call('evidence.log', {
      personId,
      source: { kind: 'one_on_one', id: meetingId, notes: 'shared' },
      fields: fields(),
    });
    const since = app.call('evidence.sinceLastAssessment', { personId, assessmentId: null });
    expect(since.map((e) => e.happened)).toEqual(['Led the incident review for the payments outage']);
    // Editing that assessment: "last" is the one before it (none), so both are offered.
    expect(app.call('evidence.sinceLastAssessment', { personId, assessmentId: assessment.id })).toHaveLength(2);

    const draft = app.call('evidence.draft', {
      personId,
      kind: 'promotion',
      audience: 'manager',
      from: '2026-05-01',
      to: null,
    });
    expect(draft.markdown).toContain('# Promotion case for Grace Hopper: Senior engineer');
    expect(draft.markdown).toContain('## Running in production');
    expect(draft.markdown).toContain(`Rating (${documentDate('2026-05-01')}): Meeting`);
    const held = app.db.prepare('SELECT date FROM oo_meetings WHERE id = ?').pluck().get(meetingId);
    expect(held).toBe('2026-06-15');
    // Read outside Cairn: the 1:1 is named by who and when, with no in-app address or id in the text.
    expect(draft.markdown).toContain(`(1:1 with Grace Hopper on ${documentDate('2026-06-15')})`);
    expect(draft.markdown).not.toContain(meetingId);
    expect(draft.markdown).not.toMatch(/\]\(|\/one-on-ones\//);
    expect(draft.markdown).toMatch(
      /## Gaps\n\n(- .*\n)*- Growing others: no evidence in this period, and none logged before\./,
    );
    expect(draft.markdown).not.toContain('Before the assessment');
  });

  it('takes mentoring sessions and goal check-ins as sources only when they are about the person', () => {
    const third = app.call('people.create', { ...emptyPersonFields, name: 'Barbara Liskov' }).id;
    const pairOf = (mentorId: string, menteeId: string) =>
      app.call('mentoring.createPair', barePair(mentorId, menteeId, { startDate: '2026-05-01' }));
    const session = (pairId: string) =>
      app.call('mentoring.logSession', {
        pairId,
        date: '2026-06-05',
        notes: '',
        takeaways: 'Draft one RFC',
        progress: [],
        fit: 'good_fit',
      }).sessions[0]!.id;
    const mine = session(pairOf(otherId, personId).id);
    const theirs = session(pairOf(otherId, third).id);
    const logged = app.call('evidence.log', { personId, source: { kind: 'mentoring', id: mine }, fields: fields() });
    expect(logged.source).toMatchObject({ kind: 'mentoring', on: '2026-06-05', label: 'with Alan Kay' });
    expect(logged.source.href).toMatch(/^\/mentoring\/pairs\//);
    expect(
      app.send('evidence.log', { personId, source: { kind: 'mentoring', id: theirs }, fields: fields() }),
    ).toMatchObject({
      ok: false,
      error: { field: 'source' },
    });

    const goal = (who: string) =>
      app.call('goals.create', {
        personId: who,
        fields: { ...emptyGoalFields, title: 'Run the on-call rework' },
      });
    const checkIn = (goalId: string) =>
      app.call('goals.checkIn', { goalId, fields: { checkedOn: '2026-06-12', note: 'Rota drafted' } }).checkIns[0]!.id;
    const own = checkIn(goal(personId).id);
    const foreign = checkIn(goal(third).id);
    expect(
      app.call('evidence.log', { personId, source: { kind: 'goal_checkin', id: own }, fields: fields() }).source,
    ).toMatchObject({ kind: 'goal_checkin', label: 'Run the on-call rework' });
    expect(
      app.send('evidence.log', { personId, source: { kind: 'goal_checkin', id: foreign }, fields: fields() }),
    ).toMatchObject({
      ok: false,
      error: { field: 'source' },
    });
    expect(rows()).toBe(2);
  });
});

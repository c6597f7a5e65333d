import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Rating } from '#shared/ladders/model';
import { assess as assessPerson, ratedAs } from '../support/ladders';
import { addPersonTo, preferences as prefs } from '../support/mentoring';
import { createTestApp, type TestApp } from '../support/testApp';
import { formatDate } from '#shared/format';

/** The assessment's day as a manager reads it, in the locale the tests run in. */
const feb10 = formatDate('2026-02-10');

let app: TestApp;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-03-02T09:00:00Z') });
});
afterEach(() => app.close());

const addPerson = (name: string) => addPersonTo(app, name);
const assess = (
  personId: string,
  ladderId: string,
  levelId: string,
  assessedOn: string,
  ratings: Record<string, Rating>,
) => assessPerson(app, personId, { ladderId, levelId, assessedOn, ratings: ratedAs(ratings) });

/** A second, unrelated ladder whose one competency shares a name (not an id) with the built-in one. */
const platformLadder = JSON.stringify({
  format: 'cairn-ladder',
  formatVersion: 1,
  name: 'Platform',
  tracks: [{ id: 'ic', name: 'Individual' }],
  levels: [{ id: 'p1', name: 'Platform 1', track: 'ic' }],
  areas: [{ id: 'tech', name: 'Technical' }],
  competencies: [{ id: 'arch', area: 'tech', name: 'system DESIGN' }],
  expectations: [{ competency: 'arch', level: 'p1', text: 'Designs services others can run.' }],
});

describe('suggestions from assessment gaps', () => {
  it('ranks a mentor exceeding on the mentee’s latest gaps above declared strengths, through suggest and the group proposal', () => {
    const eng = app.call('ladders.addBuiltIn', { key: 'engineering' }).id;
    const platform = app.call('ladders.import', {
      format: 'cairn',
      text: platformLadder,
      fileName: 'platform.json',
    }).id;
    const [ana, omar, lee, dee, tom] = ['Ana', 'Omar', 'Lee', 'Dee', 'Tom'].map(addPerson) as [
      string,
      string,
      string,
      string,
      string,
    ];
    app.call('mentoring.savePreferences', {
      personId: ana,
      fields: prefs({ wantsMentor: true, interests: ['Public speaking'] }),
    });
    for (const id of [omar, lee, dee, tom])
      app.call('mentoring.savePreferences', { personId: id, fields: prefs({ wantsToMentor: true, capacity: 1 }) });
    app.call('mentoring.savePreferences', {
      personId: dee,
      fields: prefs({
        wantsToMentor: true,
        capacity: 1,
        strengths: ['public speaking'],
        interests: ['Public speaking'],
      }),
    });

    // Ana's older assessment had "Code and quality" as a gap; only the latest counts.
    assess(ana, eng, 'e2', '2026-01-05', { code: 'working_towards' });
    assess(ana, eng, 'e2', '2026-02-10', { code: 'meeting', design: 'working_towards', growing: 'working_towards' });
    assess(omar, eng, 'e4', '2026-02-01', { design: 'exceeding', growing: 'exceeding', code: 'meeting' });
    assess(lee, platform, 'p1', '2026-01-20', { arch: 'exceeding' });
    // Tom exceeds only where Ana is no longer working towards, and is himself working towards design.
    assess(tom, eng, 'e3', '2026-02-01', { code: 'exceeding', design: 'working_towards' });

    const { suggestions, gaps } = app.call('mentoring.suggest', { menteeId: ana });
    expect(gaps).toEqual({ assessedOn: '2026-02-10', names: ['System design', 'Growing others'] });
    expect(suggestions).toEqual([
      {
        mentorId: omar,
        mentorName: 'Omar',
        score: 10,
        reasons: [
          `Exceeding on System design, where Ana is working towards it (assessment of ${feb10})`,
          `Exceeding on Growing others, where Ana is working towards it (assessment of ${feb10})`,
          'Room for 1 more mentee',
        ],
      },
      {
        mentorId: lee,
        mentorName: 'Lee',
        score: 5,
        reasons: [
          `Exceeding on System design, where Ana is working towards it (assessment of ${feb10})`,
          'Room for 1 more mentee',
        ],
      },
      {
        mentorId: dee,
        mentorName: 'Dee',
        score: 4,
        reasons: [
          'Strong in what Ana wants to grow: “Public speaking”',
          'Shared interests: “Public speaking”',
          'Room for 1 more mentee',
        ],
      },
    ]);

    // The group proposal scores with the same signals, and starts the pair on the gaps.
    const proposal = app.call('mentoring.proposeGroup', {});
    expect(proposal.totalScore).toBe(10);
    expect(proposal.assignments).toEqual([
      expect.objectContaining({
        mentor: { id: omar, name: 'Omar' },
        score: 10,
        reasons: suggestions[0]!.reasons.slice(0, 2),
        focusAreas: ['System design', 'Growing others'],
      }),
    ]);
    app.call('mentoring.acceptGroup', {
      assignments: [{ mentorId: omar, menteeId: ana }],
      cadenceDays: 14,
      startDate: '2026-03-09',
    });
    const pair = app.call('mentoring.overview', {}).pairs[0]!;
    expect(app.call('mentoring.getPair', { id: pair.id }).focusAreas.map((f) => f.name)).toEqual([
      'System design',
      'Growing others',
    ]);
  });

  it('a mentee without gaps in their latest assessment gets only the declared-interest signals', () => {
    const eng = app.call('ladders.addBuiltIn', { key: 'engineering' }).id;
    const [ana, omar] = ['Ana', 'Omar'].map(addPerson) as [string, string];
    app.call('mentoring.savePreferences', { personId: ana, fields: prefs({ wantsMentor: true }) });
    app.call('mentoring.savePreferences', { personId: omar, fields: prefs({ wantsToMentor: true, capacity: 1 }) });
    assess(ana, eng, 'e2', '2026-01-05', { design: 'working_towards' });
    assess(ana, eng, 'e2', '2026-02-10', { design: 'meeting' });
    assess(omar, eng, 'e4', '2026-02-01', { design: 'exceeding' });
    expect(app.call('mentoring.suggest', { menteeId: ana })).toMatchObject({
      gaps: { assessedOn: '2026-02-10', names: [] },
      suggestions: [],
    });
    expect(app.call('mentoring.suggest', { menteeId: omar }).gaps).toEqual({ assessedOn: '2026-02-01', names: [] });
    expect(app.call('mentoring.proposeGroup', {}).unassigned).toEqual([
      { mentee: { id: ana, name: 'Ana' }, why: 'Their preferences name nothing they want to grow.' },
    ]);
  });
});

import { emptyPreferences } from '#shared/mentoring/model';
import { mentoringHandlers } from '../mentoring/handlers';
import type { SamplePart } from './writer';

/**
 * Yuki mentors Lena, a graduate from another team, every two weeks; a few people have said
 * what they would like from mentoring, so suggestions have something to work with.
 */
export const mentoringPart: SamplePart = {
  name: 'mentoring',
  load(w) {
    const m = mentoringHandlers;
    const prefs = (key: string, fields: Partial<typeof emptyPreferences>) =>
      m['mentoring.savePreferences'](w.ctx, {
        personId: w.people[key]!.id,
        fields: { ...emptyPreferences, ...fields },
      });
    prefs('yuki', { wantsToMentor: true, strengths: ['system design', 'incident response'], capacity: 2 });
    prefs('amara', {
      wantsToMentor: true,
      strengths: ['payments', 'code review'],
      interests: ['public speaking'],
      capacity: 1,
    });
    prefs('lena', { wantsMentor: true, interests: ['system design', 'on-call'] });
    prefs('priya', { wantsMentor: true, interests: ['incident response'] });

    const pair = m['mentoring.createPair'](w.ctx, {
      mentorId: w.people.yuki!.id,
      menteeId: w.people.lena!.id,
      status: 'active',
      fields: {
        focusAreas: [
          { name: 'Designing a small service', competencyId: null },
          { name: 'Speaking up in design reviews', competencyId: null },
        ],
        goals: 'By the summer, Lena writes and defends the design of one service change on her own.',
        agreement: {
          expectations: 'Forty minutes every other Thursday; Lena brings the topic.',
          cadenceDays: 14,
          startDate: w.daysAgo(64),
          plannedEnd: w.daysAgo(-120),
        },
      },
    });
    const [design, voice] = pair.focusAreas.map((a) => a.id);
    const sessions: [number, string, string, string, string][] = [
      [
        63,
        'Got to know each other; walked through how the data team ships changes.',
        'Read two past design docs before next time.',
        'Picked a first small change to design.',
        '',
      ],
      [
        49,
        'Went through the two design docs: what made one easy to review.',
        'Start every doc with the problem, not the solution.',
        'Drafted the problem statement.',
        'Asked one question in the platform review.',
      ],
      [
        35,
        'Reviewed her draft on retrying failed imports.',
        'Name the failure cases before choosing a fix.',
        'Second draft covers the failure cases.',
        '',
      ],
      [
        21,
        'Rehearsed presenting the draft to the team.',
        'Keep the first slide to one sentence.',
        '',
        'Presented the draft; handled two hard questions calmly.',
      ],
    ];
    sessions.forEach(([daysAgo, notes, takeaways, designNote, voiceNote], i) =>
      m['mentoring.logSession'](w.ctx, {
        pairId: pair.id,
        date: w.daysAgo(daysAgo),
        notes,
        takeaways,
        progress: [
          ...(designNote ? [{ focusAreaId: design!, note: designNote }] : []),
          ...(voiceNote ? [{ focusAreaId: voice!, note: voiceNote }] : []),
        ],
        fit: i === 0 ? 'good_fit' : null,
      }),
    );
  },
};

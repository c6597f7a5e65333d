import type { Recommendation } from '#shared/interviews/model';
import { interviewHandlers } from '../interviews/handlers';
import { scorecardHandlers } from '../interviews/scorecardHandlers';
import type { SamplePart } from './writer';

type Scores = [number, number, number];

/** Three candidates for a Checkout role, each seen by Amara, Yuki and the manager. */
const CANDIDATES: { name: string; source: string; cards: [Scores, Recommendation][] }[] = [
  {
    name: 'Noor Haddad',
    source: 'Referral',
    cards: [
      [[4, 3, 3], 'strong_yes'],
      [[3, 3, 4], 'yes'],
      [[4, 3, 3], 'yes'],
    ],
  },
  {
    name: 'Felix Brandt',
    source: 'Job board',
    cards: [
      [[2, 3, 2], 'no'],
      [[3, 2, 2], 'no'],
      [[2, 2, 3], 'no'],
    ],
  },
  {
    name: 'Ama Boateng',
    source: 'Meetup',
    cards: [
      [[3, 4, 3], 'yes'],
      [[3, 3, 3], 'yes'],
      [[2, 4, 3], 'yes'],
    ],
  },
];

/**
 * What each interviewer wrote, per competency: evidence always about the competency it is
 * filed under (a debrief reads them side by side). Exported for the sample's own test.
 */
export const SAMPLE_EVIDENCE: Record<string, readonly string[]> = {
  'System design': [
    'Walked through the failure cases before drawing any boxes.',
    'Asked what the customer sees when the payment provider is slow, and designed for it.',
    'Explained the trade-off between retries and duplicate charges clearly.',
  ],
  'Code quality': [
    'Wrote a test for the refund edge case before the fix, and named things for what they do.',
    'Split the parser into two small functions once it grew; kept the diff easy to review.',
    'Left the code easier to change: removed a flag nobody used and said why.',
  ],
  Collaboration: [
    'Disagreed with my suggested schema, gave a reason, and agreed a way to find out.',
    'Asked which team owns the webhook before changing it, and how they would like to hear.',
    'Summarised where we had landed before moving on, so the decision was shared.',
  ],
};

/** An interview loop: a role, a kit with anchored ratings, a panel of three, submitted scorecards and one decision. */
export const interviewsPart: SamplePart = {
  name: 'interviews',
  load(w) {
    const role = interviewHandlers['interviews.createRole'](w.ctx, {
      title: 'Senior Software Engineer, Checkout',
      level: 'Senior',
      retentionDays: null,
      competencies: [
        {
          name: 'System design',
          description: 'Shapes a service that survives real traffic and failure.',
          ladderCompetencyId: null,
        },
        { name: 'Code quality', description: 'Readable, tested, changeable code.', ladderCompetencyId: null },
        {
          name: 'Collaboration',
          description: 'Works through disagreement towards a decision.',
          ladderCompetencyId: null,
        },
      ],
    });
    w.register('interview_roles', role.id);
    const kit = interviewHandlers['interviews.saveKit'](w.ctx, {
      roleId: role.id,
      kitId: null,
      fields: {
        stage: 'Onsite',
        kind: 'interview',
        items: role.competencies.map((c) => ({
          name: c.name,
          competencyId: c.id,
          anchors: [
            'No sign of it yet',
            'Some sign, with help',
            'Clear sign, on their own',
            'Raises the bar for others',
          ],
        })),
        questions: [
          {
            text: 'Design the checkout for a shop whose payment provider fails one call in fifty.',
            guidance: 'Listen for retries, idempotency and what the customer sees.',
          },
          {
            text: 'Tell us about a review comment you disagreed with.',
            guidance: 'Listen for how they reached a decision.',
          },
        ],
        timePlan: [
          { label: 'Introductions', minutes: 5 },
          { label: 'Design exercise', minutes: 40 },
          { label: 'Questions from the candidate', minutes: 15 },
        ],
      },
    });
    const interviewer = (name: string, personId: string | null) => {
      const created = interviewHandlers['interviews.createInterviewer'](w.ctx, { name, personId });
      w.register('interviewers', created.id);
      return created;
    };
    const panel = [
      interviewer('Amara Osei', w.people.amara!.id),
      interviewer('Yuki Tanaka', w.people.yuki!.id),
      interviewer('You (hiring manager)', null),
    ];
    interviewHandlers['interviews.updatePrefs'](w.ctx, { selfInterviewerId: panel[2]!.id, retentionDays: 365 });
    CANDIDATES.forEach(({ name, source, cards }, c) => {
      const candidate = interviewHandlers['interviews.createCandidate'](w.ctx, {
        roleId: role.id,
        fields: { name, stage: 'Onsite', source },
      });
      cards.forEach(([scores, recommendation], i) => {
        const { scorecardId } = scorecardHandlers['interviews.addToPanel'](w.ctx, {
          candidateId: candidate.id,
          kitId: kit.id,
          interviewerId: panel[i]!.id,
        });
        scorecardHandlers['interviews.saveScorecard'](w.ctx, {
          id: scorecardId,
          ratings: kit.current.items.map((item, k) => {
            const written = SAMPLE_EVIDENCE[item.name]!;
            return { itemKey: item.key, score: scores[k]!, evidence: written[(i + c) % written.length]! };
          }),
          recommendation,
          submit: true,
        });
      });
      if (c === 0) {
        scorecardHandlers['interviews.decide'](w.ctx, {
          candidateId: candidate.id,
          kitId: kit.id,
          outcome: 'offer',
          rationale: 'Consistent evidence on design and collaboration from all three interviewers.',
        });
      }
    });
  },
};

import { competenciesAtLevel } from '#shared/ladders/doc';
import type { Rating } from '#shared/ladders/model';
import type { Person, PersonFields } from '#shared/people/model';
import { goalHandlers } from '../goals/handlers';
import { assessmentHandlers } from '../ladders/assessmentHandlers';
import { ladderHandlers } from '../ladders/handlers';
import { findLadder } from '../ladders/queries';
import { peopleHandlers } from '../people/handlers';
import type { SamplePart, SampleWriter } from './writer';

const fieldsOf = (p: Person): PersonFields => ({
  name: p.name,
  preferredName: p.preferredName,
  pronouns: p.pronouns,
  title: p.title,
  teamId: p.teamId,
  relationship: p.relationship,
  ladderId: p.ladderId,
  track: p.track,
  level: p.level,
  startDate: p.startDate,
  timeZone: p.timeZone,
});

/** Where each engineer sits on the starter ladder. */
const PLACES: Record<string, string> = { amara: 'e3', tomas: 'e2', yuki: 'e4', priya: 'e1' };

/** Ratings lean on "meeting", with a strength or two and one thing to work on. */
function ratingsFor(w: SampleWriter, competencies: string[], strengths: string[], growing: string[]) {
  return competencies.map((id) => {
    const rating: Rating = strengths.includes(id) ? 'exceeding' : growing.includes(id) ? 'working_towards' : 'meeting';
    return { competencyId: id, rating, note: '' };
  });
}

/** The starter engineering ladder, two assessments a few months apart, and goals with check-ins. */
export const growthPart: SamplePart = {
  name: 'ladder, assessments and goals',
  load(w) {
    const ladder = ladderHandlers['ladders.addBuiltIn'](w.ctx, { key: 'engineering' });
    w.register('ladders', ladder.id);
    for (const [key, level] of Object.entries(PLACES)) {
      const person = w.people[key]!;
      w.people[key] = peopleHandlers['people.update'](w.ctx, {
        id: person.id,
        fields: { ...fieldsOf(person), ladderId: ladder.id, track: 'ic', level },
      });
    }
    const doc = findLadder(w.ctx.db, ladder.id)!.doc;
    const at = (level: string) => competenciesAtLevel(doc, level).map((c) => c.id);
    const assess = (
      key: string,
      level: string,
      daysAgo: number,
      summary: string,
      strengths: string[],
      growing: string[],
      evidence: { text: string; competencyIds: string[] }[],
    ) =>
      assessmentHandlers['assessments.create'](w.ctx, {
        personId: w.people[key]!.id,
        fields: {
          ladderId: ladder.id,
          levelId: level,
          assessedOn: w.daysAgo(daysAgo),
          summary,
          ratings: ratingsFor(w, at(level), strengths, growing),
          evidence: evidence.map((e) => ({ ...e, seenOn: w.daysAgo(daysAgo + 20), meetingId: null, meetingLabel: '' })),
        },
      });
    assess(
      'amara',
      'e3',
      160,
      'Solid senior; the payment retries work showed real design judgement.',
      ['design'],
      ['growing'],
      [
        {
          text: 'Designed the idempotent retry flow for card payments and wrote the decision record.',
          competencyIds: ['design', 'communication'],
        },
      ],
    );
    assess(
      'amara',
      'e4',
      12,
      'Checked against staff to see the gap: scope is there, growing others is the next step.',
      ['design', 'ownership'],
      ['growing', 'scope'],
      [
        {
          text: 'Led the checkout incident review and turned its findings into three funded fixes.',
          competencyIds: ['ownership', 'operations'],
        },
        { text: 'Started pairing weekly with Tom on the basket service.', competencyIds: ['growing'] },
      ],
    );
    assess(
      'tomas',
      'e2',
      40,
      'Steady delivery; ready to take a feature from idea to release.',
      ['code'],
      ['scope'],
      [{ text: 'Shipped saved baskets behind a flag with tests the team now copies.', competencyIds: ['code'] }],
    );

    const goal = (
      key: string,
      title: string,
      why: string,
      competencyIds: string[],
      dueIn: number,
      checkIns: [number, string][],
    ) => {
      const created = goalHandlers['goals.create'](w.ctx, {
        personId: w.people[key]!.id,
        fields: {
          title,
          why,
          ladderId: ladder.id,
          targetLevel: '',
          competencyIds,
          successCriteria: '',
          dueDate: w.daysAgo(-dueIn),
          status: 'active',
        },
      });
      for (const [daysAgo, note] of checkIns)
        goalHandlers['goals.checkIn'](w.ctx, { goalId: created.id, fields: { checkedOn: w.daysAgo(daysAgo), note } });
    };
    goal(
      'tomas',
      'Own the receipts rework end to end',
      'The step towards senior is owning scope, not only tickets.',
      ['scope', 'ownership'],
      75,
      [
        [30, 'Wrote the one-page plan; Amara reviewed it.'],
        [9, 'First slice live for staff accounts.'],
      ],
    );
    goal(
      'amara',
      'Mentor one engineer through a design review',
      'Growing others is the gap to staff.',
      ['growing'],
      120,
      [[14, 'Pairing with Tom weekly; his design doc is next.']],
    );
    goal(
      'priya',
      'Join the on-call rotation',
      'Confidence with production before the peak season.',
      ['operations'],
      45,
      [[6, 'Shadowed two shifts with Yuki.']],
    );
  },
};

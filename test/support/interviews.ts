import type { KitFields } from '#shared/interviews/model';
import type { Caller } from './caller';

const anchors = (what: string): [string, string, string, string] => [
  `No sign of ${what}; needed the answer given`,
  `Some ${what} with heavy prompting`,
  `Solid ${what} on their own`,
  `Exceptional ${what}; raised the bar for the room`,
];

/** A role with two competencies, an onsite kit and a work-sample kit. Our own words. */
export function arrangeRole(app: Caller, title = 'Backend engineer') {
  const role = app.call('interviews.createRole', {
    title,
    level: 'Senior',
    retentionDays: null,
    competencies: [
      { name: 'System design', description: 'Shapes services that last', ladderCompetencyId: null },
      { name: 'Collaboration', description: 'Works through others', ladderCompetencyId: 'ladder-comp-7' },
    ],
  });
  const [design, collab] = role.competencies;
  const kitFields: KitFields = {
    stage: 'Onsite',
    kind: 'interview',
    items: [
      { name: 'System design', competencyId: design!.id, anchors: anchors('design judgement') },
      { name: 'Collaboration', competencyId: collab!.id, anchors: anchors('collaboration') },
    ],
    questions: [{ text: 'Design a rate limiter for a public API.', guidance: 'Look for trade-offs named unprompted.' }],
    timePlan: [
      { label: 'Introductions', minutes: 5 },
      { label: 'Design exercise', minutes: 40 },
    ],
  };
  const kit = app.call('interviews.saveKit', { roleId: role.id, kitId: null, fields: kitFields });
  const sample = app.call('interviews.saveKit', {
    roleId: role.id,
    kitId: null,
    fields: {
      stage: 'Take-home',
      kind: 'work_sample',
      items: [{ name: 'Test coverage', competencyId: null, anchors: anchors('testing') }],
      questions: [],
      timePlan: [],
    },
  });
  return { role, kit, sample, kitFields };
}

export function ratingsFor(
  kit: { current: { items: { key: string }[] } },
  scores: number[],
  evidence = 'Observed directly in the session',
) {
  return kit.current.items.map((item, i) => ({ itemKey: item.key, score: scores[i] ?? null, evidence }));
}

/** A panel of three: the manager (self), Bob and Cy, for one candidate's onsite. */
export function arrangePanel(target: Caller, candidateName = 'Cleo Park') {
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

/** A candidate for a role; where they came from is left blank unless given. */
export const addCandidate = (
  target: Caller,
  roleId: string,
  fields: { name: string; stage: string; source?: string },
) => target.call('interviews.createCandidate', { roleId, fields: { source: '', ...fields } });

/**
 * The manager's own scorecard in draft: a role (arrangeRole), the manager as interviewer 'Me'
 * (candidates kept 365 days), one candidate, and Me on their panel for the onsite kit or the
 * work sample.
 */
export function arrangeMyScorecard(
  target: Caller,
  candidate: { name: string; stage: string },
  kitName: 'kit' | 'sample' = 'kit',
) {
  const setup = arrangeRole(target);
  const me = target.call('interviews.createInterviewer', { name: 'Me', personId: null });
  target.call('interviews.updatePrefs', { selfInterviewerId: me.id, retentionDays: 365 });
  const added = addCandidate(target, setup.role.id, candidate);
  const { scorecardId } = target.call('interviews.addToPanel', {
    candidateId: added.id,
    kitId: setup[kitName].id,
    interviewerId: me.id,
  });
  return { ...setup, me, candidate: added, scorecardId };
}

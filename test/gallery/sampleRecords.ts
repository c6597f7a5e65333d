import type { TestApp } from '../support/testApp';

/** The sample team's records a gallery shot opens, found through the same channels the screens use. */
export interface SampleRecords {
  personId: string;
  /** The next 1:1 with that person, still to be held. */
  upcomingMeetingId: string;
  /** The last 1:1 held with that person. */
  heldMeetingId: string;
  /** Someone active with no 1:1 series yet. */
  unscheduledPersonId: string;
  ladderId: string;
  assessmentId: string;
  roleId: string;
  kitId: string;
  candidateId: string;
  scorecardId: string;
  pairId: string;
  /** Someone waiting for a mentor whom a mentor fits: the suggestions screen with a ranked list. */
  waitingMenteeId: string;
}

function first<T>(items: readonly T[], what: string): T {
  const item = items[0];
  if (item === undefined) throw new Error(`The sample team has no ${what}: the gallery cannot show its screen.`);
  return item;
}

/** Amara Osei is the sample's most complete person: 1:1s, a goal, an assessment. */
export function findSampleRecords(app: TestApp): SampleRecords {
  const people = app.call('people.list', { status: 'all' });
  const person = people.find((p) => p.name === 'Amara Osei') ?? first(people, 'people');
  const prep = app.call('oneOnOnes.prep', { personId: person.id });
  const history = app.call('oneOnOnes.history', { personId: person.id });
  const held = first(
    history.meetings.filter((m) => m.status === 'held'),
    'held 1:1s',
  );
  const unscheduled = first(
    people.filter((p) => p.status === 'active' && app.call('oneOnOnes.prep', { personId: p.id }).series === null),
    'people without 1:1s',
  );
  const ladder = first(app.call('ladders.list', {}), 'ladders');
  const assessment = first(app.call('assessments.list', { personId: person.id }), 'assessments');
  const role = first(app.call('interviews.listRoles', {}), 'interview roles');
  const kit = first(role.kits, 'interview kits');
  const candidates = app.call('interviews.listCandidates', { roleId: role.id });
  // The candidate with the most scorecards makes the fullest candidate and debrief screens.
  const details = candidates.map((c) => app.call('interviews.getCandidate', { id: c.id }));
  const candidate = first(
    details.sort((a, b) => b.panel.length - a.panel.length),
    'candidates',
  );
  const scorecard = first(candidate.panel, 'scorecards');
  const pair = first(app.call('mentoring.overview', {}).pairs, 'mentoring pairs');
  const waiting = first(app.call('mentoring.proposeGroup', {}).assignments, 'mentees a mentor fits');
  return {
    personId: person.id,
    upcomingMeetingId: prep.upcoming?.id ?? held.id,
    heldMeetingId: held.id,
    unscheduledPersonId: unscheduled.id,
    ladderId: ladder.id,
    assessmentId: assessment.id,
    roleId: role.id,
    kitId: scorecard.kitId || kit.id,
    candidateId: candidate.candidate.id,
    scorecardId: scorecard.scorecardId,
    pairId: pair.id,
    waitingMenteeId: waiting.mentee.id,
  };
}

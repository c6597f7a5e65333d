import type { BenchEnv } from '../env';
import type { BenchCase } from './types';

const ACTIVE = "SELECT id FROM people WHERE status = 'active' ORDER BY id";

/**
 * How many people a per-person case visits in turn, at every scale: about a decade store's
 * active people. Visiting all of a director's 243 instead measures whether ten times as
 * many people's pages fit the page cache at once, not what viewing one person costs; the
 * prep view is also timed that way, for information (prep-view-everyone).
 */
export const PEOPLE_IN_TURN = 24;

/**
 * Views of one person, which must cost the same whatever else the store holds: at director
 * scale each person has as much as at decade scale, only there are ten times as many people.
 * (The prep view is timed in oneOnOnes.ts, the evidence log in evidence.ts.) People are taken
 * by id, which is random: a sample of the active people.
 */
export function peopleInTurn(env: BenchEnv): string[] {
  return env.ids(`${ACTIVE} LIMIT ${PEOPLE_IN_TURN}`);
}

/** A case on the generated store that asks `channel` about each of the people in turn, with `input` besides. */
export function eachPersonInTurn(name: string, channel: string, input: Record<string, unknown> = {}): BenchCase {
  return {
    name,
    store: 'decade',
    setup: (env) => {
      const ids = peopleInTurn(env!);
      return (i) => env!.call(channel, { personId: ids[i % ids.length], ...input });
    },
  };
}

export const perPersonCases: BenchCase[] = [
  {
    // What the person screen asks for as it opens.
    name: 'person-page',
    store: 'decade',
    setup: (env) => {
      const ids = peopleInTurn(env!);
      return (i) => {
        const id = ids[i % ids.length];
        env!.call('people.get', { id });
        env!.call('assessments.list', { personId: id });
        env!.call('goals.list', { personId: id });
        env!.call('mentoring.forPerson', { personId: id });
      };
    },
  },
  eachPersonInTurn('history-page', 'oneOnOnes.history'),
  {
    name: 'meeting-view',
    store: 'decade',
    setup: (env) => {
      const meetings = env!.ids(
        `SELECT m.id FROM oo_meetings m WHERE m.person_id IN (${ACTIVE} LIMIT ${PEOPLE_IN_TURN}) AND m.status = 'held'
          ORDER BY m.id LIMIT 2000`,
      );
      return (i) => env!.call('oneOnOnes.meeting', { meetingId: meetings[(i * 7919) % meetings.length] });
    },
  },
  eachPersonInTurn('goal-list', 'goals.list'),
];

/** The growth column's target for these: a view of one person does not grow with everyone else's data. */
export const PER_PERSON_GROWTH_LIMIT = 1.5;
export const perPersonViews = [
  'prep-view',
  'person-page',
  'history-page',
  'meeting-view',
  'goal-list',
  'evidence-timeline',
  'evidence-timeline-competency',
  'evidence-coverage',
];

import type { BenchEnv } from '../env';
import type { BenchCase } from './types';

const ACTIVE = "SELECT id FROM people WHERE status = 'active' ORDER BY id";

/**
 * Views of one person, which must cost the same whatever else the store holds: at director
 * scale each person has as much as at decade scale, only there are ten times as many people.
 * (The prep view is timed in oneOnOnes.ts.)
 */
function people(env: BenchEnv): string[] {
  return env.ids(ACTIVE);
}

export const perPersonCases: BenchCase[] = [
  {
    // What the person screen asks for as it opens.
    name: 'person-page',
    store: 'decade',
    setup: (env) => {
      const ids = people(env!);
      return (i) => {
        const id = ids[i % ids.length];
        env!.call('people.get', { id });
        env!.call('assessments.list', { personId: id });
        env!.call('goals.list', { personId: id });
        env!.call('mentoring.forPerson', { personId: id });
      };
    },
  },
  {
    name: 'history-page',
    store: 'decade',
    setup: (env) => {
      const ids = people(env!);
      return (i) => env!.call('oneOnOnes.history', { personId: ids[i % ids.length] });
    },
  },
  {
    name: 'meeting-view',
    store: 'decade',
    setup: (env) => {
      const meetings = env!.ids(
        `SELECT m.id FROM oo_meetings m WHERE m.person_id IN (${ACTIVE}) AND m.status = 'held' ORDER BY m.id LIMIT 2000`,
      );
      return (i) => env!.call('oneOnOnes.meeting', { meetingId: meetings[(i * 7919) % meetings.length] });
    },
  },
  {
    name: 'goal-list',
    store: 'decade',
    setup: (env) => {
      const ids = people(env!);
      return (i) => env!.call('goals.list', { personId: ids[i % ids.length] });
    },
  },
];

/** The growth column's target for these: a view of one person does not grow with everyone else's data. */
export const PER_PERSON_GROWTH_LIMIT = 1.5;
export const perPersonViews = ['prep-view', 'person-page', 'history-page', 'meeting-view', 'goal-list'];

import { peopleHandlers } from '#electron/domains/people/handlers';
import type { BenchEnv } from '../env';
import type { BenchCase, Comparison, LatencyRow, PayloadProbe } from './types';

/** How many people's names (and teams' names) are typed into a picker, a letter at a time. */
const TYPED_PEOPLE = 30;
const TYPED_TEAMS = 8;
/** Calls per latency process: every prefix once or more (they are taken in turn). */
const PICKER_CALLS = 400;

/**
 * What a manager types into a people picker, from the store itself: real names and team names,
 * each from its first letter to the whole ("a", "am", … "amara osei"). A few hundred prefixes:
 * one letter matches a good part of a director's 500 people, a whole name one.
 */
function typedIntoPicker(env: BenchEnv): string[] {
  const names = [
    ...env.ids(`SELECT name FROM people ORDER BY id LIMIT ${TYPED_PEOPLE}`),
    ...env.ids(`SELECT name FROM teams ORDER BY id LIMIT ${TYPED_TEAMS}`),
  ];
  const prefixes = names.flatMap((name) =>
    Array.from({ length: name.length }, (_, i) => name.slice(0, i + 1).toLowerCase()).filter((p) => !p.endsWith(' ')),
  );
  if (prefixes.length === 0) throw new Error('the bench store has no people to type');
  return prefixes;
}

/** One keystroke's search in a picker (active people, as most pickers ask), taken in turn. */
function keystrokes(env: BenchEnv, through: 'ipc' | 'handler') {
  const typed = typedIntoPicker(env);
  return (i: number) => {
    const query = { text: typed[i % typed.length]! };
    return through === 'ipc' ? env.call('people.search', query) : peopleHandlers['people.search'](env.ctx, query);
  };
}

/**
 * People pickers search on the server as the user types (people.search, migration 021) instead
 * of loading everyone at once (people.list, 111 KiB active / 230 KiB all at a director's scale).
 */
export const peopleCases: BenchCase[] = [
  { name: 'people-search', store: 'decade', setup: (env) => keystrokes(env!, 'ipc') },
  {
    name: 'ipc-people-search',
    store: 'decade',
    setup: (env) => keystrokes(env!, 'ipc'),
    warmupMs: 300,
    baseline: (env) => keystrokes(env!, 'handler'),
  },
  {
    name: 'people-search-typing',
    store: 'decade',
    latency: { inputs: PICKER_CALLS, passes: 2 },
    setup: (env) => keystrokes(env!, 'ipc'),
  },
];

export const peopleComparisons: Comparison[] = [
  {
    operation: 'people.search via IPC dispatcher',
    op: 'ipc-people-search',
    baseline: 'ipc-people-search/baseline',
    baselineLabel: 'handler called directly',
    target: { kind: 'at-most', ratio: 1.1 },
    note: 'a picker keystroke (a query: no transaction); both timed alternately in each process',
  },
  {
    operation: "a people picker's keystroke (people.search via IPC, real names and teams typed)",
    op: 'people-search',
    baseline: 'pk-lookup',
    baselineLabel: 'primary-key lookup',
    target: null,
  },
];

export const peopleLatencyRows: LatencyRow[] = [
  {
    operation: 'people picker search while typing (at most 20 people)',
    op: 'people-search-typing',
    budgetMs: { decade: 16, director: 16 },
    note: `${TYPED_PEOPLE} names and ${TYPED_TEAMS} team names typed a letter at a time, ${PICKER_CALLS} calls, twice`,
  },
];

const someone = (env: BenchEnv) => env.ids('SELECT id FROM people ORDER BY id LIMIT 1');

/** A picker's answers: its first keystroke (one letter matches most), and opened on its value. */
export const peoplePayloads: PayloadProbe[] = [
  {
    label: 'people.search ("a", active: a picker\'s first keystroke)',
    channel: 'people.search',
    input: () => ({ text: 'a' }),
    bench: 'people-search',
  },
  {
    label: 'people.search (nothing typed, everyone, with its value: a picker opened)',
    channel: 'people.search',
    input: (env) => ({ text: '', status: 'all', chosen: someone(env) }),
    bench: 'people-search',
  },
];

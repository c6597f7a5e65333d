import { TYPED_PREFIXES } from '../typed';
import type { BenchCase, LatencyRow } from './types';

const HOME_CALLS = 100;

/**
 * Search as you type and Home: each keystroke's search, and Home's one request, timed call by
 * call. A frame is 16 ms; RAIL gives a response 100 ms.
 */
export const latencyCases: BenchCase[] = [
  {
    name: 'palette-typing',
    store: 'decade',
    latency: { inputs: TYPED_PREFIXES.length, passes: 2 },
    setup: (env) => (i) => env!.call('palette.search', { text: TYPED_PREFIXES[i]! }),
  },
  {
    name: 'notes-typing',
    store: 'decade',
    latency: { inputs: TYPED_PREFIXES.length, passes: 2 },
    setup: (env) => (i) => env!.call('oneOnOnes.search', { text: TYPED_PREFIXES[i]!, includePrivate: true }),
  },
  {
    name: 'home-latency',
    store: 'decade',
    latency: { inputs: HOME_CALLS, passes: 1 },
    setup: (env) => () => env!.call('home.overview', {}),
  },
];

export const latencyRows: LatencyRow[] = [
  {
    operation: 'palette search while typing (people, notes, goals, candidates)',
    op: 'palette-typing',
    budgetMs: { decade: 16, director: 16 },
    note: `${TYPED_PREFIXES.length} prefixes, "p" to whole words`,
  },
  {
    operation: 'notes search while typing, private notes too, top 50',
    op: 'notes-typing',
    budgetMs: { decade: 16, director: 16 },
    note: `${TYPED_PREFIXES.length} prefixes, "p" to whole words`,
  },
  {
    operation: "Home's overview",
    op: 'home-latency',
    budgetMs: { decade: 16, director: 100 },
    note: `${HOME_CALLS} calls`,
  },
];

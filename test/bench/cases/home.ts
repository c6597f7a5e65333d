import { HOME_WEEK_PAGE } from '#shared/home/model';
import { SEARCH_QUERIES } from '../words';
import type { BenchCase, Comparison, PayloadProbe } from './types';

/** Home and the command palette: one read across every domain, and one search across four. */
export const homeCases: BenchCase[] = [
  { name: 'home-overview', store: 'decade', setup: (env) => () => env!.call('home.overview', {}) },
  {
    name: 'palette-search',
    store: 'decade',
    setup: (env) => (i) => env!.call('palette.search', { text: SEARCH_QUERIES[i % SEARCH_QUERIES.length]! }),
  },
];

export const homeComparisons: Comparison[] = [
  {
    operation: 'Home overview (this week, overdue actions, goals, pairs, scorecards)',
    op: 'home-overview',
    baseline: 'pk-lookup',
    baselineLabel: 'primary-key lookup',
    target: null,
    note: 'informational: one request when Cairn opens',
  },
  {
    operation: 'palette search (people, notes, goals, candidates)',
    op: 'palette-search',
    baseline: 'pk-lookup',
    baselineLabel: 'primary-key lookup',
    target: null,
    note: 'informational: once per pause in typing',
  },
];

export const homePayloads: PayloadProbe[] = [
  { label: 'home.overview (the first page of the week)', channel: 'home.overview', input: () => ({}) },
  {
    label: "home.weekMeetings (the week's next page, on Show more)",
    channel: 'home.weekMeetings',
    input: () => ({ offset: HOME_WEEK_PAGE }),
  },
  { label: 'palette.search ("review")', channel: 'palette.search', input: () => ({ text: 'review' }) },
];

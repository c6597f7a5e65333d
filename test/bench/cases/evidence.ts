import type { BenchEnv } from '../env';
import { eachPersonInTurn, peopleInTurn } from './perPerson';
import type { BenchCase, Comparison, PayloadProbe } from './types';
/** Coverage for the past year, as the person page first shows it. */
const YEAR = { from: '2035-01-01', to: null };

/** A competency a person's evidence mentions often (the generator favours the first few). */
const COMPETENCY = 'c2';

/** The evidence log of one person (issue 16): 400 entries each, 20 000 at decade scale. */
export const evidenceCases: BenchCase[] = [
  eachPersonInTurn('evidence-timeline', 'evidence.list'),
  eachPersonInTurn('evidence-timeline-competency', 'evidence.list', { competencyId: COMPETENCY }),
  eachPersonInTurn('evidence-coverage', 'evidence.coverage', YEAR),
];

export const evidenceComparisons: Comparison[] = [
  {
    operation: "one person's evidence timeline, newest page (via IPC)",
    op: 'evidence-timeline',
    baseline: 'pk-meeting',
    baselineLabel: 'primary-key lookup (a meeting)',
    target: null,
  },
  {
    operation: "one person's evidence timeline for one competency (via IPC)",
    op: 'evidence-timeline-competency',
    baseline: 'pk-meeting',
    baselineLabel: 'primary-key lookup (a meeting)',
    target: null,
  },
  {
    operation: "one person's evidence coverage, current and target level, past year (via IPC)",
    op: 'evidence-coverage',
    baseline: 'pk-meeting',
    baselineLabel: 'primary-key lookup (a meeting)',
    target: null,
  },
];

const first = (env: BenchEnv) => peopleInTurn(env)[0];
export const evidencePayloads: PayloadProbe[] = [
  { label: 'evidence.list (newest page)', channel: 'evidence.list', input: (env) => ({ personId: first(env) }) },
  {
    label: 'evidence.list (one competency)',
    channel: 'evidence.list',
    input: (env) => ({ personId: first(env), competencyId: COMPETENCY }),
  },
  {
    label: 'evidence.coverage (past year)',
    channel: 'evidence.coverage',
    input: (env) => ({ personId: first(env), ...YEAR }),
  },
  { label: 'evidence.options', channel: 'evidence.options', input: (env) => ({ personId: first(env) }) },
];

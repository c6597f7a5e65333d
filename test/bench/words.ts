import type { Rng } from './prng';

/**
 * Everyday words of a manager's notes, roughly most-common first, so generated text can be
 * searched with real words and some words are far commoner than others, as in real notes.
 */
export const WORDS = `
the to and of a in for on with we is that this about next week team it be as plan review
project release feedback meeting talk goal work time support deploy migration customer
design test incident sprint ask follow up help share role level growth career promotion
interview hiring pairing mentor learning conference budget roadmap priority risk blocker
deadline scope estimate backlog ticket service database latency outage postmortem alert
oncall rotation handover documentation onboarding writing proposal architecture refactor
library upgrade security audit access privacy compliance metrics dashboard quarterly
objective result stakeholder product manager designer engineer staff senior junior
lead principal coaching delegation ownership autonomy recognition praise concern worry
tired energy holiday parental leave sick wellbeing balance focus meetings calendar
context switching workload stretch opportunity visibility presentation demo workshop
retro standup planning refinement estimation velocity quality coverage flaky pipeline
build cache container cluster kubernetes terraform queue event stream payment invoice
search index mobile android ios accessibility performance memory profiling benchmark
frontend backend api contract schema versioning rollout flag experiment analytics
tradeoff decision record consensus disagreement conflict trust candid clarity
expectations salary compensation calibration assessment competency evidence example
strength gap practice habit reading course certificate speaking blog community
`
  .trim()
  .split(/\s+/);

export function sentence(rng: Rng, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(rng.skewed(WORDS));
  const text = out.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

export function paragraph(rng: Rng, sentences: number, wordsEach = 12): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(sentence(rng, wordsEach - 3 + rng.int(7)));
  return out.join(' ');
}

/** Words of middling frequency, alone and in pairs: what a manager would actually search for. */
export const SEARCH_QUERIES = [
  'promotion',
  'incident postmortem',
  'onboarding',
  'conference talk',
  'calibration',
  'rollout flag',
  'holiday',
  'latency dashboard',
];

import { coreCases, coreComparisons, corePayloads } from './core';
import { evidenceCases, evidenceComparisons, evidencePayloads } from './evidence';
import { homeCases, homeComparisons, homePayloads } from './home';
import {
  interviewCases,
  interviewComparisons,
  interviewLatencyCases,
  interviewLatencyRows,
  interviewPayloads,
} from './interviews';
import { latencyCases, latencyRows as baseLatencyRows } from './latency';
import { perPersonCases } from './perPerson';
import { ladderPayloads } from './ladders';
import { mentoringPayloads } from './mentoring';
import { oneOnOneCases, oneOnOneComparisons, oneOnOnePayloads } from './oneOnOnes';
import { BASELINE_SUFFIX, type BenchCase, type Comparison, type LatencyRow, type PayloadProbe } from './types';

export type { BenchCase, Comparison, LatencyRow, PayloadProbe, Target } from './types';

export { PER_PERSON_GROWTH_LIMIT, perPersonViews } from './perPerson';
export { BASELINE_SUFFIX } from './types';

/** Every domain spreads its cases, comparisons and payload probes in here. */
export const benchCases: BenchCase[] = [
  ...coreCases,
  ...oneOnOneCases,
  ...interviewCases,
  ...homeCases,
  ...perPersonCases,
  ...evidenceCases,
  ...latencyCases,
  ...interviewLatencyCases,
];
export const comparisons: Comparison[] = [
  ...coreComparisons,
  ...oneOnOneComparisons,
  ...interviewComparisons,
  ...homeComparisons,
  ...evidenceComparisons,
];
/** Latency figures against their budgets, call by call. */
export const latencyRows: LatencyRow[] = [...baseLatencyRows, ...interviewLatencyRows];
export const payloadProbes: PayloadProbe[] = [
  ...corePayloads,
  ...ladderPayloads,
  ...mentoringPayloads,
  ...oneOnOnePayloads,
  ...interviewPayloads,
  ...homePayloads,
  ...evidencePayloads,
];

export function findCase(name: string): BenchCase {
  const found = benchCases.find((c) => c.name === name);
  if (!found) throw new Error(`unknown bench case "${name}" (known: ${benchCases.map((c) => c.name).join(', ')})`);
  return found;
}

/** The process that measures a result: `x/baseline` is measured by case x, beside x itself. */
export function caseMeasuring(result: string): BenchCase {
  if (!result.endsWith(BASELINE_SUFFIX)) return findCase(result);
  const spec = findCase(result.slice(0, -BASELINE_SUFFIX.length));
  if (!spec.baseline) throw new Error(`bench case "${spec.name}" has no in-process baseline`);
  return spec;
}

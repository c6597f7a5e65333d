/**
 * `npm run bench`: for each scale (a decade of one manager's data, then a director's: ten
 * times as many people), takes the fixed-seed store from the bench cache (generating it the
 * first time: generate.ts --cache), times every case in its own child process, RUNS times
 * (cases and scales interleaved round by round, so load on a shared machine hits operation
 * and baseline, decade and director, alike), and prints medians as ratios against baselines measured in the same run; then
 * latency percentiles (search while typing, Home), each operation's growth from decade to
 * director, payload sizes and memory. Benchmarks are never part of `npm test`.
 *   npm run bench [-- --runs N] [--scale decade,director|decade|director|small|tiny] [--keep] [--no-render]
 *                 [--only search,typing]
 * --only times just the cases whose name contains one of the words (with their baselines),
 * for iterating on a few; it skips growth pairs, memory, the window and the payloads of other
 * cases (a probe names its case in PayloadProbe.bench), and does
 * not replace the saved figures the growth column of a later one-scale run reads.
 * One scale alone takes the other's figures for the growth column from its last saved run.
 * Rendering (people list and 1:1 history, 10 000 vs 100 rows) and typing in the notes editor (a
 * 20,000-word note vs a plain textarea) are timed in Chromium on a fresh build.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '#electron/db/open';
import {
  BASELINE_SUFFIX,
  benchCases,
  caseMeasuring,
  comparisons,
  latencyRows,
  payloadProbes,
  PER_PERSON_GROWTH_LIMIT,
  perPersonViews,
} from './cases';
import { BENCH_KEY, SCALES } from './generator';
import { cacheDir } from './generator/cache';
import { median, type CaseResult, type MemoryReport, type PairedResult, type PayloadSize } from './measure';
import {
  HOME_PAINT_BUDGET_MS,
  measureRendering,
  measureWindow,
  renderComparisons,
  type WindowFigures,
} from './renderRows';
import { measureTyping, typingComparisons } from './typingRows';
import {
  comparisonTable,
  growthTable,
  latencyTable,
  memoryTables,
  payloadTable,
  windowTable,
  type LatencyFigures,
  type ScaleName,
} from './report';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    scale: { type: 'string', default: 'decade,director' },
    seed: { type: 'string', default: '20260302' },
    keep: { type: 'boolean', default: false },
    'no-render': { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const only = values.only?.split(',').filter(Boolean) ?? null;
/** With --only, whether a case is one of those asked for. */
const wanted = (name: string) => !only || only.some((word) => name.includes(word));
const chosenComparisons = comparisons.filter((c) => wanted(c.op) || wanted(c.baseline));
const chosenLatency = latencyRows.filter((r) => wanted(r.op));
const RUNS = Math.max(1, Number(values.runs));
const PAIRED_SUFFIX = '/paired';
const scales = values.scale!.split(',').filter((s): s is keyof typeof SCALES => s in SCALES);
const dir = mkdtempSync(join(tmpdir(), 'cairn-bench-'));
const empty = join(dir, 'empty.sqlite');
const here = import.meta.dirname;

function child<T>(args: string[], nodeFlags: string[] = []): T {
  const out = execFileSync(process.execPath, [...nodeFlags, '--import', 'tsx', join(here, 'case.ts'), ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}

/** The scale's store from the cache (generated the first time), copied: cases write to it. */
function storeFor(scale: string): string {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(here, 'generate.ts'), '--cache', '--scale', scale, '--seed', values.seed!],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = out.trim().split('\n');
  process.stderr.write(`${lines.slice(0, -1).join('\n')}\n`);
  const file = join(dir, `${scale}.sqlite`);
  copyFileSync(lines.at(-1)!, file);
  return file;
}

interface ScaleResult {
  scale: string;
  medians: Record<string, number>;
  latency: Record<string, LatencyFigures>;
  payloads: PayloadSize[];
  memory: MemoryReport;
  window?: WindowFigures;
}

let built = false;

/**
 * Every case's processes, RUNS rounds; within a round each case runs at every scale back to
 * back, so the growth column (director over decade) compares timings taken under the same
 * load on a shared machine, not one scale's quiet minutes against the other's busy ones.
 */
function timeRounds(stores: Record<string, string>): Record<string, Record<string, number>> {
  const names = [...new Set(chosenComparisons.flatMap((c) => [c.op, c.baseline]))];
  // An in-process baseline (`x/baseline`) comes from case x's own processes.
  const processes = [...new Set(names.map((n) => caseMeasuring(n).name))];
  const perProcess = Object.fromEntries(
    scales.map((scale) => [scale, Object.fromEntries(names.map((n) => [n, [] as number[]]))]),
  );
  for (let r = 0; r < RUNS; r++) {
    for (const name of processes) {
      const onlyAt = caseMeasuring(name).onlyAt;
      for (const scale of scales.filter((s) => !onlyAt || s === onlyAt)) {
        const result = child<CaseResult>(['case', name, stores[scale]!, empty]);
        perProcess[scale]![name]?.push(result.medianMs);
        if (result.baselineMs !== undefined) perProcess[scale]![`${name}${BASELINE_SUFFIX}`]?.push(result.baselineMs);
      }
    }
    process.stderr.write(`round ${r + 1}/${RUNS} done (${scales.join(', ')})\n`);
  }
  // A case not timed at a scale (onlyAt) has no figure there.
  const measured = (scale: string) => names.filter((n) => perProcess[scale]![n]!.length > 0);
  return Object.fromEntries(
    scales.map((scale) => [scale, Object.fromEntries(measured(scale).map((n) => [n, median(perProcess[scale]![n]!)]))]),
  );
}

function finishScale(scale: string, store: string, medians: Record<string, number>): ScaleResult {
  // Latency cases time hundreds of calls each, in one process per scale.
  const latency: Record<string, LatencyFigures> = {};
  for (const spec of benchCases.filter((c) => c.latency && wanted(c.name))) {
    const { p50, p95, p99 } = child<CaseResult>(['case', spec.name, store, empty]);
    latency[spec.name] = { p50, p95, p99 };
  }
  if (only) {
    // The probes of the cases asked for (PayloadProbe.bench) are still measured and judged.
    const probed = new Set(payloadProbes.filter((p) => p.bench && wanted(p.bench)).map((p) => p.label));
    const payloads = probed.size ? child<PayloadSize[]>(['payloads', store]).filter((p) => probed.has(p.label)) : [];
    return { scale, medians, latency, payloads, memory: { rssMiB: 0, heapUsedMiB: 0, externalMiB: 0 } };
  }
  const payloads = child<PayloadSize[]>(['payloads', store]);
  const memory = child<MemoryReport>(['memory', store], ['--expose-gc']);
  const result: ScaleResult = { scale, medians, latency, payloads, memory };
  if (!values['no-render']) {
    if (!built) execFileSync('npx', ['electron-vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
    built = true;
    try {
      result.window = measureWindow(store, RUNS);
    } catch (error) {
      // Chromium on a busy machine can time out: the other figures still stand.
      process.stderr.write(`${scale}: the window opening was not measured (${String(error).split('\n')[0]})\n`);
    }
  }
  mkdirSync(cacheDir(), { recursive: true });
  writeFileSync(join(cacheDir(), `results-${scale}.json`), JSON.stringify(result, null, 1));
  return result;
}

/** Per-person views timed on both stores in one process, turn about (measure.ts runPaired), RUNS times. */
function pairedGrowth(stores: Record<string, string>): Record<string, { decade: number; director: number }> {
  const runs: Record<string, PairedResult[]> = Object.fromEntries(perPersonViews.map((op) => [op, []]));
  for (let r = 0; r < RUNS; r++) {
    for (const op of perPersonViews)
      runs[op]!.push(child<PairedResult>(['paired', op, stores.decade!, stores.director!, empty]));
  }
  process.stderr.write('paired growth of the per-person views done\n');
  return Object.fromEntries(
    perPersonViews.map((op) => [
      op,
      { decade: median(runs[op]!.map((p) => p.decadeMs)), director: median(runs[op]!.map((p) => p.directorMs)) },
    ]),
  );
}

let paired: Record<string, { decade: number; director: number }> | null = null;

function runScales(): ScaleResult[] {
  const stores = Object.fromEntries(scales.map((scale) => [scale, storeFor(scale)]));
  const medians = timeRounds(stores);
  if (stores.decade && stores.director && !only) paired = pairedGrowth(stores);
  return scales.map((scale) => finishScale(scale, stores[scale]!, medians[scale]!));
}

/** This run's figures for a scale, or the last saved ones (for the growth column of a one-scale run). */
function figuresFor(scale: ScaleName, run: ScaleResult[]): ScaleResult | null {
  const here = run.find((r) => r.scale === scale);
  if (here) return here;
  const saved = join(cacheDir(), `results-${scale}.json`);
  return existsSync(saved) ? (JSON.parse(readFileSync(saved, 'utf8')) as ScaleResult) : null;
}

function main(): void {
  const started = performance.now();
  openDatabase(empty, { key: BENCH_KEY }).close();
  const results = runScales();
  const misses: string[] = [];
  const note = `${RUNS} processes per case; each reports the median of its own timed iterations; tables show the median of those.`;
  console.log(`\n${note}`);
  for (const result of results) {
    const rows = [...chosenComparisons];
    if (result.scale === 'decade' && !values['no-render'] && !only) {
      measureRendering(result.medians, RUNS);
      rows.push(...renderComparisons);
      measureTyping(result.medians, RUNS);
      rows.push(...typingComparisons);
    }
    const timed = rows.filter((c) => result.medians[c.op] !== undefined && result.medians[c.baseline] !== undefined);
    const t = comparisonTable(timed, result.medians);
    misses.push(...t.misses.map((m) => `${m} (${result.scale})`));
    console.log(`\n### ${result.scale} scale\n\n${t.text}`);
  }

  const decade = figuresFor('decade', results);
  const director = figuresFor('director', results);
  // A partial run (--only) shows this run's figures alone, never a saved run's beside them.
  const latencyFigures = Object.fromEntries(
    (only ? results : [decade, director, ...results]).filter((r) => r !== null).map((r) => [r.scale, r.latency]),
  );
  const latency = latencyTable(chosenLatency, latencyFigures);
  misses.push(...latency.misses);
  console.log(`\n### Latency, call by call\n\n${latency.text}`);
  if (decade && director && !only) {
    const labels = Object.fromEntries([
      ...comparisons.map((c) => [c.op, c.operation]),
      ...latencyRows.map((r) => [r.op, `${r.operation} (p95)`]),
    ]);
    const withP95 = (r: ScaleResult) => ({
      ...r.medians,
      ...Object.fromEntries(Object.entries(r.latency).map(([op, f]) => [op, f.p95!])),
    });
    // A view of one person is held to its limit by the paired timing (same process, turn
    // about); its separate-process figures stay beside it, for information.
    const pairedRows = paired ?? {};
    const pairedKey = (op: string) => `${op}${PAIRED_SUFFIX}`;
    for (const op of Object.keys(pairedRows)) {
      labels[pairedKey(op)] = `${labels[op] ?? op}: both stores in one process, turn about`;
    }
    const limits = Object.fromEntries(Object.keys(pairedRows).map((op) => [pairedKey(op), PER_PERSON_GROWTH_LIMIT]));
    const figures = (r: ScaleResult, side: 'decade' | 'director') => ({
      ...withP95(r),
      ...Object.fromEntries(Object.entries(pairedRows).map(([op, f]) => [pairedKey(op), f[side]])),
    });
    const growth = growthTable(labels, figures(decade, 'decade'), figures(director, 'director'), limits);
    misses.push(...growth.misses);
    console.log(`\n### Growth: director time / decade time\n\n${growth.text}`);
  }
  const windows = results.flatMap((r) => (r.window ? [{ scale: r.scale, w: r.window }] : []));
  if (windows.length) {
    const w = windowTable(windows, HOME_PAINT_BUDGET_MS);
    misses.push(...w.misses);
    console.log(`\n### The window opening (Chromium, built renderer)\n\n${w.text}`);
  }
  for (const r of results.filter((r) => r.payloads.length > 0)) {
    const payloads = payloadTable(r.payloads, r.scale);
    misses.push(...payloads.misses);
    console.log(`\n${payloads.text}`);
  }
  if (!only) {
    const memEmpty = child<MemoryReport>(['memory', empty], ['--expose-gc']);
    console.log(
      `\n${memoryTables([
        ...results.map((r) => ({ label: `${r.scale} store`, m: r.memory })),
        { label: 'empty store (baseline)', m: memEmpty },
      ])}\n`,
    );
  }
  console.log(misses.length ? `Targets missed: ${misses.join('; ')}` : 'Every target met.');
  console.log(
    `bench took ${((performance.now() - started) / 1000).toFixed(0)} s${values.keep ? `; stores kept in ${dir}` : ''}`,
  );
}

try {
  main();
} finally {
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}

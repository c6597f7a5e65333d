/**
 * `npm run bench`: generates a fixed-seed decade of data into an encrypted temp store, then
 * times every case in its own child process, RUNS times (cases interleaved round by round, so
 * load on a shared machine hits operation and baseline alike), and prints medians as ratios
 * against baselines measured in the same run. Benchmarks are never part of `npm test`.
 *   npm run bench [-- --runs N] [--scale decade|small|tiny] [--keep] [--no-render]
 * Rendering (people list and 1:1 meeting history, 10 000 vs 100 rows) is timed in Chromium on a fresh build of the renderer.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '#electron/db/open';
import { BASELINE_SUFFIX, caseMeasuring, comparisons, type Comparison } from './cases';
import { BENCH_KEY } from './generator';
import { median, type CaseResult, type MemoryReport, type PayloadSize } from './measure';
import { comparisonTable, memoryTable, payloadTable } from './report';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    scale: { type: 'string', default: 'decade' },
    keep: { type: 'boolean', default: false },
    'no-render': { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(values.runs));
const dir = mkdtempSync(join(tmpdir(), 'cairn-bench-'));
const decade = join(dir, 'decade.sqlite');
const empty = join(dir, 'empty.sqlite');
const here = import.meta.dirname;

function child<T>(args: string[], nodeFlags: string[] = []): T {
  const out = execFileSync(process.execPath, [...nodeFlags, '--import', 'tsx', join(here, 'case.ts'), ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}

/** Rendering is measured in Chromium on the built renderer (render.ts), one process per run. */
const renderComparisons: Comparison[] = [
  {
    operation: 'people list rendering, 10 000 rows (virtualised)',
    op: 'render-people-10000',
    baseline: 'render-people-100',
    baselineLabel: 'rendering 100 rows',
    target: { kind: 'at-most', ratio: 2 },
    note: 'data arrival to rows painted, Chromium',
  },
  {
    operation: 'meeting history rendering, 10 000 rows (virtualised)',
    op: 'render-history-10000',
    baseline: 'render-history-100',
    baselineLabel: 'rendering 100 rows',
    target: { kind: 'at-most', ratio: 2 },
    note: "one person's 1:1s on the prep screen: first page's arrival to rows painted, Chromium",
  },
];

const LISTS = ['people', 'history'] as const;

function measureRendering(medians: Record<string, number>): void {
  execFileSync('npx', ['electron-vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const samples: Record<string, number[]> = Object.fromEntries(
    LISTS.flatMap((l) => [
      [`render-${l}-100`, []],
      [`render-${l}-10000`, []],
    ]),
  );
  for (let r = 0; r < Math.min(RUNS, 3); r++) {
    for (const list of LISTS) {
      for (const n of [100, 10000]) {
        const out = execFileSync(process.execPath, ['--import', 'tsx', join(here, 'render.ts'), list, String(n), '3'], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        });
        samples[`render-${list}-${n}`]!.push(
          (JSON.parse(out.trim().split('\n').pop()!) as { medianMs: number }).medianMs,
        );
      }
    }
  }
  for (const [name, values] of Object.entries(samples)) medians[name] = median(values);
}

function main(): void {
  const started = performance.now();
  execFileSync(
    process.execPath,
    ['--import', 'tsx', join(here, 'generate.ts'), '--out', decade, '--scale', values.scale!],
    {
      stdio: 'inherit',
    },
  );
  openDatabase(empty, { key: BENCH_KEY }).close();

  const names = [...new Set(comparisons.flatMap((c) => [c.op, c.baseline]))];
  // An in-process baseline (`x/baseline`) comes from case x's own processes.
  const processes = [...new Set(names.map((n) => caseMeasuring(n).name))];
  const perProcess: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < RUNS; r++) {
    for (const name of processes) {
      const result = child<CaseResult>(['case', name, decade, empty]);
      perProcess[name]?.push(result.medianMs);
      if (result.baselineMs !== undefined) perProcess[`${name}${BASELINE_SUFFIX}`]?.push(result.baselineMs);
    }
    process.stderr.write(`round ${r + 1}/${RUNS} done\n`);
  }
  const medians = Object.fromEntries(names.map((n) => [n, median(perProcess[n]!)]));
  const payloads = child<PayloadSize[]>(['payloads', decade]);
  const memDecade = child<MemoryReport>(['memory', decade], ['--expose-gc']);
  const memEmpty = child<MemoryReport>(['memory', empty], ['--expose-gc']);

  const rows = [...comparisons];
  if (!values['no-render']) {
    measureRendering(medians);
    rows.push(...renderComparisons);
  }
  const { text, misses } = comparisonTable(rows, medians);
  console.log(
    `\n${RUNS} processes per case; each reports the median of its own timed iterations; the table shows the median of those.\n`,
  );
  console.log(text);
  console.log(`\n${payloadTable(payloads)}\n\n${memoryTable(memDecade, memEmpty)}\n`);
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

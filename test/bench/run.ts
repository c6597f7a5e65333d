/**
 * `npm run bench`: generates a decade of 1:1 data (fixed seed) into a temp file, then times
 * each operation in its own child process, several times, and reports medians as ratios to
 * a baseline measured in the same run. Node strips the types of this file; the worker
 * (cases.ts) imports the app's TypeScript, so it is bundled first with Vite.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const RUNS = 3;
const dir = mkdtempSync(join(tmpdir(), 'cairn-bench-'));
/** BENCH_DATA=<file> keeps (or reuses) the generated data between runs while tuning. */
const keep = process.env.BENCH_DATA;
const dataFile = keep ?? join(dir, 'bench.sqlite');

async function bundle(): Promise<string> {
  await build({
    logLevel: 'warn',
    configFile: false,
    build: {
      ssr: resolve('test/bench/cases.ts'),
      // Inside the project, so the bundle resolves better-sqlite3 from node_modules.
      outDir: resolve('out/bench'),
      emptyOutDir: true,
      rollupOptions: { output: { format: 'es', entryFileNames: 'cases.mjs' } },
    },
    ssr: { external: ['better-sqlite3', 'luxon', 'zod'] },
  });
  return resolve('out/bench/cases.mjs');
}

function child(worker: string, args: string[]): string {
  return execFileSync(process.execPath, [worker, ...args], { encoding: 'utf8', cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  const worker = await bundle();
  const started = performance.now();
  if (!keep || !existsSync(keep)) child(worker, ['generate', dataFile]);
  console.log(`generated 50 people, 25 000 meetings, 250 000 items in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const results: Record<string, number> = {};
  for (const name of ['pk-lookup', 'prep-view', 'like-scan', 'fts-search']) {
    const medians: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const out = child(worker, ['case', name, dataFile]).trim().split('\n').pop()!;
      medians.push((JSON.parse(out) as { medianMs: number }).medianMs);
    }
    results[name] = median(medians);
    console.log(`${name.padEnd(11)} median ${results[name]!.toFixed(3)} ms  (per-process medians: ${medians.map((m) => m.toFixed(3)).join(', ')})`);
  }
  const prepRatio = results['prep-view']! / results['pk-lookup']!;
  const ftsSpeedup = results['like-scan']! / results['fts-search']!;
  console.log('');
  console.log(`prep view vs primary-key lookup: ${prepRatio.toFixed(1)}x  (target <= 10x)`);
  console.log(`FTS search vs LIKE scan: ${ftsSpeedup.toFixed(0)}x faster  (target >= 200x)`);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => rmSync(dir, { recursive: true, force: true }));

import { openEnv, type BenchEnv } from './env';
import { findCase, payloadProbes } from './cases';
import type { Operation } from './cases/types';

export interface CaseResult {
  name: string;
  medianMs: number;
  iterations: number;
  /** The case's in-process baseline, timed alternately with it. */
  baselineMs?: number;
  /** Latency cases: percentiles of every timed call. */
  p50?: number;
  p95?: number;
  p99?: number;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const BUDGET_MS = 1500;
const MIN_ITERATIONS = 3;
const WARMUP_CAP = 5000;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function asTimed(op: Operation): { run: (i: number) => unknown; after: () => void } {
  return typeof op === 'function' ? { run: op, after: () => undefined } : op;
}

function timeOnce(op: { run: (i: number) => unknown; after: () => void }, i: number): number {
  const t = performance.now();
  op.run(i);
  const ms = performance.now() - t;
  op.after();
  return ms;
}

/**
 * Times one case in this process: warm-up first (statement cache, page cache, JIT), then a
 * median. With an in-process baseline, the two alternate (and swap order every iteration),
 * so both see the same process, caches and neighbours' load.
 */
export function runCase(name: string, files: { decade: string; empty: string }): CaseResult {
  const spec = findCase(name);
  const env: BenchEnv | null =
    spec.store === 'none'
      ? null
      : openEnv(spec.store === 'decade' ? files.decade : files.empty, files.decade, files.empty);
  try {
    const op = asTimed(spec.setup(env, files));
    if (spec.latency) {
      const { inputs, passes } = spec.latency;
      for (let i = 0; i < inputs; i++) timeOnce(op, i);
      const all: number[] = [];
      for (let pass = 0; pass < passes; pass++) for (let i = 0; i < inputs; i++) all.push(timeOnce(op, i));
      const p50 = percentile(all, 50);
      return { name, medianMs: p50, iterations: all.length, p50, p95: percentile(all, 95), p99: percentile(all, 99) };
    }
    const base = spec.baseline ? asTimed(spec.baseline(env, files)) : null;
    const max = spec.maxIterations ?? 300;
    const warmMs = spec.warmupMs ?? 0;
    const warmStart = performance.now();
    for (
      let i = 0;
      i < Math.min(3, Math.ceil(max / 5)) || (performance.now() - warmStart < warmMs && i < WARMUP_CAP);
      i++
    ) {
      timeOnce(op, i);
      if (base) timeOnce(base, i);
    }
    const samples: number[] = [];
    const baseSamples: number[] = [];
    const started = performance.now();
    for (let i = 0; i < max; i++) {
      if (base && i % 2) baseSamples.push(timeOnce(base, i));
      samples.push(timeOnce(op, i));
      if (base && !(i % 2)) baseSamples.push(timeOnce(base, i));
      if (samples.length >= MIN_ITERATIONS && performance.now() - started > BUDGET_MS) break;
    }
    const result: CaseResult = { name, medianMs: median(samples), iterations: samples.length };
    if (base) result.baselineMs = median(baseSamples);
    return result;
  } finally {
    env?.close();
  }
}

export interface PairedResult {
  name: string;
  decadeMs: number;
  directorMs: number;
  iterations: number;
}

/**
 * Growth measured in one process: the case set up on the decade store and on the director
 * store (each its own connection and page cache), timed turn about, order swapped every
 * iteration. The same process, JIT and neighbours' load for both, so the ratio is the
 * stores' difference alone; timings from separate processes minutes apart swung by ±50%
 * on this shared machine.
 */
export function runPaired(name: string, files: { decade: string; director: string; empty: string }): PairedResult {
  const spec = findCase(name);
  const envs = [files.decade, files.director].map((f) => openEnv(f, f, files.empty));
  try {
    const ops = envs.map((env) => asTimed(spec.setup(env, { decade: env.decadeFile, empty: files.empty })));
    const max = spec.maxIterations ?? 300;
    for (let i = 0; i < Math.min(20, max); i++) for (const op of ops) timeOnce(op, i);
    const samples: number[][] = [[], []];
    const started = performance.now();
    for (let i = 0; i < max; i++) {
      for (const k of i % 2 ? [0, 1] : [1, 0]) samples[k]!.push(timeOnce(ops[k]!, i));
      if (i >= MIN_ITERATIONS && performance.now() - started > 2 * BUDGET_MS) break;
    }
    return { name, decadeMs: median(samples[0]!), directorMs: median(samples[1]!), iterations: samples[0]!.length };
  } finally {
    for (const env of envs) env.close();
  }
}

export interface PayloadSize {
  label: string;
  channel: string;
  bytes: number;
}

/** Bytes of the JSON each probed response would cross the IPC boundary as. */
export function measurePayloads(env: BenchEnv): PayloadSize[] {
  return payloadProbes.map((p) => ({
    label: p.label,
    channel: p.channel,
    bytes: Buffer.byteLength(JSON.stringify(env.call(p.channel, p.input(env))), 'utf8'),
  }));
}

/** Every probed request once; on the empty store those needing a row are refused, which is fine. */
function answerEveryProbe(env: BenchEnv): void {
  for (const p of payloadProbes) env.dispatch(p.channel, p.input(env));
}

export interface MemoryReport {
  rssMiB: number;
  heapUsedMiB: number;
  externalMiB: number;
}

/** The process after opening a store and answering every probed request once, as a session's first minutes would. */
export function measureMemory(file: string): MemoryReport {
  const env = openEnv(file, file, file);
  try {
    answerEveryProbe(env);
    (globalThis as { gc?: () => void }).gc?.();
    const m = process.memoryUsage();
    const mib = (n: number) => Math.round((n / 1048576) * 10) / 10;
    return { rssMiB: mib(m.rss), heapUsedMiB: mib(m.heapUsed), externalMiB: mib(m.external) };
  } finally {
    env.close();
  }
}

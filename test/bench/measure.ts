import { openEnv, type BenchEnv } from './env';
import { findCase, payloadProbes } from './cases';

export interface CaseResult {
  name: string;
  medianMs: number;
  iterations: number;
}

const BUDGET_MS = 1500;
const MIN_ITERATIONS = 3;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Times one case in this process: warm-up first (statement cache, page cache, JIT), then a median. */
export function runCase(name: string, files: { decade: string; empty: string }): CaseResult {
  const spec = findCase(name);
  const env: BenchEnv | null =
    spec.store === 'none' ? null : openEnv(spec.store === 'decade' ? files.decade : files.empty, files.decade, files.empty);
  try {
    const op = spec.setup(env, files);
    const max = spec.maxIterations ?? 300;
    for (let i = 0; i < Math.min(3, Math.ceil(max / 5)); i++) op(i);
    const samples: number[] = [];
    const started = performance.now();
    for (let i = 0; i < max; i++) {
      const t = performance.now();
      op(i);
      samples.push(performance.now() - t);
      if (samples.length >= MIN_ITERATIONS && performance.now() - started > BUDGET_MS) break;
    }
    return { name, medianMs: median(samples), iterations: samples.length };
  } finally {
    env?.close();
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

import type { BenchEnv } from '../env';

export type BenchFiles = { decade: string; empty: string };

/** What is timed; `after` (untimed) runs after each timing, e.g. to wait for work the operation left running. */
export type Operation = ((i: number) => unknown) | { run: (i: number) => unknown; after: () => void };

/** One timed operation; each run of it happens in a fresh process. */
export interface BenchCase {
  name: string;
  /**
   * The store the process opens before timing: the generated one ('decade': the scale being
   * run, decade or director), the empty one, or none.
   */
  store: 'decade' | 'empty' | 'none';
  /** Called once per process, untimed; returns the operation (i = iteration number). */
  setup(env: BenchEnv | null, files: BenchFiles): Operation;
  /**
   * Timed at this scale only. Launching waits for a whole integrity check per iteration:
   * about 15 s for a director's store on a quiet machine, minutes on a busy one.
   */
  onlyAt?: 'decade';
  /** Costly operations are timed fewer times per process. */
  maxIterations?: number;
  /**
   * Keep warming up (untimed) for this long instead of a few calls. Three calls leave a
   * cheap operation timed while V8 is still compiling its path, which favours whichever
   * side runs less JavaScript: the IPC layer measured 1.15x its handler that way, 1.03x
   * once both were optimised. (A longer warm-up for every case would change the other
   * rows' established figures: a primary-key lookup drops from ~20 to ~7 µs.)
   */
  warmupMs?: number;
  /**
   * A baseline timed in the same process, alternating with the operation iteration by
   * iteration, reported as `<name>/baseline`. For two costs so close that the differences
   * between processes (JIT, heap layout, a neighbour's load) would swamp their ratio.
   */
  baseline?: (env: BenchEnv | null, files: BenchFiles) => (i: number) => unknown;
  /**
   * A latency case: `inputs` different calls (i = 0 … inputs-1, say one per typed prefix),
   * one untimed pass to warm up as a session in use is, then `passes` timed passes; reports
   * the 50th, 95th and 99th percentiles of every call instead of a median of medians.
   */
  latency?: { inputs: number; passes: number };
}

/** A latency figure against its budget in ms, per scale (a frame is 16 ms, RAIL's response 100 ms). */
export interface LatencyRow {
  operation: string;
  op: string;
  budgetMs: Partial<Record<'decade' | 'director', number>>;
  note?: string;
}

export const BASELINE_SUFFIX = '/baseline';

export type Target = { kind: 'at-most'; ratio: number } | { kind: 'faster-by'; factor: number };

/** One row of the table: an operation against a baseline measured in the same run. */
export interface Comparison {
  operation: string;
  op: string;
  baseline: string;
  baselineLabel: string;
  target: Target | null;
  note?: string;
}

/** A response whose JSON size is reported (target ≤ 64 KiB at decade scale). */
export interface PayloadProbe {
  label: string;
  channel: string;
  input(env: BenchEnv): unknown;
  /** The bench case it belongs to: `--only` that case still measures and prints this probe. */
  bench?: string;
}

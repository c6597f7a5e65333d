import type { BenchEnv } from '../env';

/** One timed operation; each run of it happens in a fresh process. */
export interface BenchCase {
  name: string;
  /** The store the process opens before timing: the decade, the empty one, or none. */
  store: 'decade' | 'empty' | 'none';
  /** Called once per process, untimed; returns the operation (i = iteration number). */
  setup(env: BenchEnv | null, files: { decade: string; empty: string }): (i: number) => unknown;
  /** Costly operations are timed fewer times per process. */
  maxIterations?: number;
}

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
}

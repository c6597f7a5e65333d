/**
 * A tiny seeded PRNG (mulberry32) and helpers. Fixed seeds make every generated database
 * the same from run to run, so benchmark figures compare like with like.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  int(maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
  /** Skewed towards the start of the list: a few items are common, most are rare. */
  skewed<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** A v4-shaped UUID drawn from this generator (deterministic, unlike crypto.randomUUID). */
  uuid(): string;
}

export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const HEX = '0123456789abcdef';
  const TEMPLATE = 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx';
  return {
    next,
    int,
    pick: (items) => items[int(items.length)]!,
    skewed: (items) => items[Math.floor(items.length * next() ** 2.5)]!,
    chance: (p) => next() < p,
    // The same draws, in the same order, as a regex replace over the template; a plain loop,
    // because a director's store asks for millions of these.
    uuid: () => {
      let out = '';
      for (const c of TEMPLATE) out += c === 'x' ? HEX[int(16)] : c === 'y' ? HEX[8 + int(4)] : c;
      return out;
    },
  };
}

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Bump when what the generator writes changes in a way its own sources do not show (say, a
 * handler it calls, such as the interviews part's, starts writing something else).
 */
export const GENERATOR_VERSION = 1;

const ROOT = resolve(import.meta.dirname, '../../..');
/**
 * What the generated rows depend on: the generator, its words and PRNG, and the migration
 * whose index filling it calls. Not the later migrations: a cached store older than the
 * schema is brought up to date in place (upToDate below), as a user's store is when Cairn
 * updates, instead of spending most of an hour writing a director's store again for an index.
 */
const SOURCES = [
  'test/bench/generator',
  'test/bench/words.ts',
  'test/bench/prng.ts',
  'electron/db/migrations/012_search_as_you_type.ts',
];

function filesUnder(path: string): string[] {
  const full = join(ROOT, path);
  if (path.endsWith('.ts')) return [full];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => join(full, f));
}

/** Where generated stores are kept between bench runs (a director's takes minutes to write). */
export function cacheDir(): string {
  return process.env.CAIRN_BENCH_CACHE ?? join(homedir(), '.cache', 'cairn-bench');
}

/**
 * The cached store's file name: scale, seed, generator version and a hash of the sources it
 * depends on, so that a changed generator never reuses a stale file.
 */
export function cachedStoreName(scale: string, seed: number): string {
  const hash = createHash('sha256').update(`v${GENERATOR_VERSION}\n`);
  for (const file of SOURCES.flatMap(filesUnder)) hash.update(file.slice(ROOT.length)).update(readFileSync(file));
  return `${scale}-seed${seed}-v${GENERATOR_VERSION}-${hash.digest('hex').slice(0, 12)}.sqlite`;
}

/** Removes this scale's older cached stores (one per scale is kept: they are large). */
export function pruneCache(dir: string, scale: string, keep: string): void {
  for (const f of readdirSync(dir)) {
    if (f.startsWith(`${scale}-seed`) && f !== keep) rmSync(join(dir, f), { force: true });
  }
}

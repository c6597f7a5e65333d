/**
 * Fills an encrypted store with fixed-seed data and prints its timing.
 *   npx tsx test/bench/generate.ts --out FILE [--scale director|decade|small|tiny] [--seed N]
 *   npx tsx test/bench/generate.ts --cache [--scale …] [--seed N]
 * With --cache the store goes to the bench cache (generator/cache.ts), named by scale, seed
 * and generator version, and is reused if it is there already; the last line printed is its
 * path. The store's key is BENCH_KEY (generator/index.ts).
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { migrate, schemaVersion } from '#electron/db/migrate';
import { migrations } from '#electron/db/migrations';
import { closeDatabase } from '#electron/db/open';
import { openWithoutCheck } from './env';
import { generateFile, SCALES } from './generator';
import { cachedStoreName, cacheDir, pruneCache } from './generator/cache';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    cache: { type: 'boolean', default: false },
    scale: { type: 'string', default: 'decade' },
    seed: { type: 'string', default: '20260302' },
  },
});
const scale = SCALES[values.scale as keyof typeof SCALES];
const seed = Number(values.seed);
if ((!values.out && !values.cache) || !scale) {
  console.error('usage: generate.ts --out FILE | --cache [--scale director|decade|small|tiny] [--seed N]');
  process.exit(2);
}

function generate(out: string): void {
  const report = generateFile(out, { scale: scale!, seed });
  for (const part of report.parts) {
    const rows = Object.entries(part.rows)
      .map(([k, n]) => `${n.toLocaleString('en')} ${k}`)
      .join(', ');
    console.log(`${part.name.padEnd(12)} ${(part.ms / 1000).toFixed(1).padStart(6)} s  ${rows}`);
  }
  console.log(`${report.scale} scale, seed ${report.seed}: ${(report.ms / 1000).toFixed(1)} s in all`);
}

/**
 * A cached store made before the latest migrations gets them now, in place, once: what an
 * update of Cairn does to a user's store (no pre-migration copy: the cache can be made
 * again). Its planner statistics are refreshed as the app's close does.
 */
function upToDate(file: string): void {
  const db = openWithoutCheck(file, { migrate: false });
  try {
    const from = schemaVersion(db);
    if (from >= migrations.length) return;
    const t = performance.now();
    migrate(db, migrations);
    db.exec('ANALYZE');
    console.log(
      `migrated the cached store from schema ${from} to ${migrations.length} in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
  } finally {
    closeDatabase(db);
  }
}

if (values.cache) {
  const dir = cacheDir();
  const name = cachedStoreName(scale.name, seed);
  const file = join(dir, name);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    // Written beside, then renamed: an interrupted run never leaves a half store to reuse.
    const partial = `${file}.partial`;
    for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
    generate(partial);
    renameSync(partial, file);
    pruneCache(dir, scale.name, name);
  } else console.log(`${scale.name} scale, seed ${seed}: reused from the cache`);
  upToDate(file);
  console.log(file);
} else {
  if (existsSync(values.out!)) {
    console.error(`${values.out} exists; the generator writes a new file only.`);
    process.exit(2);
  }
  generate(values.out!);
  console.log(values.out);
}

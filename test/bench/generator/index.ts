import { asWritable } from '#electron/db/access';
import { closeDatabase, openDatabase, type Db } from '#electron/db/open';
import { purgeDeletedPersonData } from '#electron/domains/personData';
import { createRng } from '../prng';
import { bulkPragmas, suspendIndexTriggers } from './bulkLoad';
import { evidencePart } from './evidence';
import { interviewsPart } from './interviews';
import { laddersPart } from './ladders';
import { mentoringPart } from './mentoring';
import { oneOnOnesPart } from './oneOnOnes';
import { peoplePart } from './people';
import { SCALES, type GenContext, type GeneratorPart, type Scale } from './types';

export { SCALES, type Scale };

/** A fixed key for benchmark stores: they hold made-up data only. */
export const BENCH_KEY = '5eed'.repeat(16);

/**
 * Each domain appends its part here as it lands; order follows foreign keys. Evidence comes
 * last (it refers to 1:1s, goal check-ins and mentoring sessions), so that adding it left
 * every earlier part's rows, drawn from the same seeded sequence, unchanged.
 */
export const generatorParts: GeneratorPart[] = [
  peoplePart,
  laddersPart,
  mentoringPart,
  oneOnOnesPart,
  interviewsPart,
  evidencePart,
];

export interface GenerateReport {
  scale: string;
  seed: number;
  ms: number;
  parts: { name: string; ms: number; rows: Record<string, number> }[];
}

export interface GenerateOptions {
  scale?: Scale;
  seed?: number;
  key?: string;
}

/**
 * Writes the generated data into an open store: one transaction for all of it, prepared
 * statements, the search indexes built once at the end (bulkLoad.ts). Parts are timed apart.
 */
export function fillDatabase(db: Db, options: GenerateOptions = {}): GenerateReport {
  const scale = options.scale ?? SCALES.decade;
  const seed = options.seed ?? 20260302;
  const ctx: GenContext = {
    db,
    rng: createRng(seed),
    scale,
    now: new Date('2035-12-31T09:00:00Z'),
    teamIds: [],
    personIds: [],
  };
  const started = performance.now();
  const parts: GenerateReport['parts'] = [];
  const pragmas = bulkPragmas(db);
  try {
    db.transaction(() => {
      const restoreIndexes = suspendIndexTriggers(db);
      for (const part of generatorParts) {
        const t = performance.now();
        const rows = part.run(ctx);
        parts.push({ name: part.name, ms: performance.now() - t, rows });
      }
      const t = performance.now();
      restoreIndexes();
      parts.push({ name: 'search index', ms: performance.now() - t, rows: {} });
    })();
  } finally {
    pragmas.restore();
  }
  // Planner statistics as a long-used store would have them after `PRAGMA optimize`.
  db.exec('ANALYZE');
  // And its search indexes as the app's daily maintenance leaves them (AppSession.runMaintenance).
  const merge = performance.now();
  purgeDeletedPersonData(asWritable(db));
  parts.push({ name: 'maintenance', ms: performance.now() - merge, rows: {} });
  return { scale: scale.name, seed, ms: performance.now() - started, parts };
}

/** Creates (or fills) an encrypted store at `file` with the bench key. */
export function generateFile(file: string, options: GenerateOptions = {}): GenerateReport {
  const db = openDatabase(file, { key: options.key ?? BENCH_KEY });
  try {
    return fillDatabase(db, options);
  } finally {
    closeDatabase(db);
  }
}

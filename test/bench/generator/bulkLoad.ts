import { fillSearchIndexes } from '#electron/db/migrations/012_search_as_you_type';
import type { Db } from '#electron/db/open';

/** The indexes fillSearchIndexes fills (their rowids are search keys computed as it goes). */
const FILLED_BY_MIGRATION = new Set(['oo_shared_notes_fts', 'oo_private_notes_fts', 'oo_items_fts']);

interface SavedTrigger {
  name: string;
  sql: string;
}

/** Full-text tables over a content table: the ones the schema keeps in step by triggers. */
function externalContentIndexes(db: Db): string[] {
  const rows = db
    .prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE % USING fts5%'",
    )
    .all() as SavedTrigger[];
  return rows.filter((r) => /content\s*=\s*'[^']+'/.test(r.sql)).map((r) => r.name);
}

/**
 * For a bulk load inside one transaction: drops the per-row triggers that feed the full-text
 * indexes (and set the search keys they are ordered by), and returns what puts everything
 * back: the indexes filled in one pass by the migration's own fillSearchIndexes (instead of
 * millions of small index updates), any other such index rebuilt from its rows, then the triggers re-created from the very SQL the
 * migrations wrote (read back from sqlite_master). The result is the index the triggers
 * would have built.
 */
export function suspendIndexTriggers(db: Db): () => void {
  const indexes = externalContentIndexes(db);
  const feedsSearch = (sql: string) =>
    /\bsearch_key\b/.test(sql) || indexes.some((index) => new RegExp(`\\b${index}\\b`).test(sql));
  const triggers = (
    db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all() as SavedTrigger[]
  ).filter((t) => feedsSearch(t.sql));
  for (const t of triggers) db.exec(`DROP TRIGGER ${t.name}`);
  return () => {
    fillSearchIndexes(db);
    // Any other index over a content table (the evidence log's) is rebuilt from its rows.
    for (const index of indexes.filter((name) => !FILLED_BY_MIGRATION.has(name))) {
      db.exec(
        `INSERT INTO ${index} (${index}) VALUES ('rebuild'); INSERT INTO ${index} (${index}) VALUES ('optimize')`,
      );
    }
    for (const t of triggers) db.exec(t.sql);
  };
}

/**
 * Durability is not wanted while a new file is written: the rollback journal in memory, no
 * syncs, a large cache. `restore` leaves the file in WAL mode, as the app expects it.
 */
export function bulkPragmas(db: Db): { restore(): void } {
  db.pragma('journal_mode = MEMORY');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  return {
    restore() {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('cache_size = -32768');
    },
  };
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openDatabase, type Db } from '#electron/db/open';

/**
 * A store file for one migration's test, in a temp folder removed after each test: opened as
 * the migration before left it (rows written there stand for a user's older store), then
 * opened again, which runs the migration.
 */
export function migrationStore(version: number) {
  const dir = mkdtempSync(join(tmpdir(), `cairn-m${version}-`));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'm.sqlite');
  return {
    file,
    /** Another store file in the same folder, for a second test. */
    fileNamed: (name: string) => join(dir, name),
    /** The store at the schema just before `version`. */
    openBefore: (path = file): Db => openDatabase(path, { target: version - 1 }),
    /** The store migrated up to `version` and no further. */
    openMigrated: (path = file): Db => openDatabase(path, { target: version }),
  };
}

/** Ada, a direct report: the person most migration tests give rows to. */
export const insertAda = (db: Db) =>
  db
    .prepare(
      `INSERT INTO people (id, name, relationship, created_at, updated_at) VALUES ('p1', 'Ada', 'direct_report', 'x', 'x')`,
    )
    .run();

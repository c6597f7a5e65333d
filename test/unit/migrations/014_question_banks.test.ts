import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { questionBanksMigration } from '#electron/db/migrations/014_question_banks';
import { closeDatabase, openDatabase } from '#electron/db/open';
import { STARTER_BANK } from '#electron/domains/questions/starterBank';

const dir = mkdtempSync(join(tmpdir(), 'cairn-m14-'));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('014 adds the question bank with our starter questions; who was asked what goes with the person', () => {
  const file = join(dir, 'm.sqlite');
  const db = openDatabase(file, { target: questionBanksMigration.version - 1 });
  db.prepare(
    `INSERT INTO people (id, name, relationship, created_at, updated_at) VALUES ('p1', 'Ada', 'direct_report', 'x', 'x')`,
  ).run();
  closeDatabase(db);
  const migrated = openDatabase(file, { target: questionBanksMigration.version });
  expect(migrated.prepare('SELECT count(*) FROM qb_questions').pluck().get()).toBe(STARTER_BANK.length);
  const q = migrated.prepare('SELECT id FROM qb_questions LIMIT 1').pluck().get() as string;
  migrated.prepare("INSERT INTO qb_asked (person_id, question_id, asked_at) VALUES ('p1', ?, 'x')").run(q);
  migrated.prepare("DELETE FROM people WHERE id = 'p1'").run();
  expect(migrated.prepare('SELECT count(*) FROM qb_asked').pluck().get()).toBe(0);
  closeDatabase(migrated);
});

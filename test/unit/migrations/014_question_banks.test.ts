import { expect, it } from 'vitest';
import { questionBanksMigration } from '#electron/db/migrations/014_question_banks';
import { closeDatabase } from '#electron/db/open';
import { STARTER_BANK } from '#electron/domains/questions/starterBank';
import { insertAda, migrationStore } from '../../support/migrationStore';

const store = migrationStore(questionBanksMigration.version);

it('014 adds the question bank with our starter questions; who was asked what goes with the person', () => {
  const db = store.openBefore();
  insertAda(db);
  closeDatabase(db);
  const migrated = store.openMigrated();
  expect(migrated.prepare('SELECT count(*) FROM qb_questions').pluck().get()).toBe(STARTER_BANK.length);
  const q = migrated.prepare('SELECT id FROM qb_questions LIMIT 1').pluck().get() as string;
  migrated.prepare("INSERT INTO qb_asked (person_id, question_id, asked_at) VALUES ('p1', ?, 'x')").run(q);
  migrated.prepare("DELETE FROM people WHERE id = 'p1'").run();
  expect(migrated.prepare('SELECT count(*) FROM qb_asked').pluck().get()).toBe(0);
  closeDatabase(migrated);
});

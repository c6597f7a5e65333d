import { expect, it } from 'vitest';
import { goalsInPaletteOrderMigration } from '#electron/db/migrations/019_goals_in_palette_order';
import { asReadable } from '#electron/db/access';
import { closeDatabase } from '#electron/db/open';
import { GOALS_BY_TITLE, searchGoalsByTitle } from '#electron/domains/goals/search';
import { insertAda, migrationStore } from '../../support/migrationStore';

const version = goalsInPaletteOrderMigration.version;
const store = migrationStore(version);

it('019 indexes existing goals in the palette order: open first, by title, read in order and stopped at the limit', () => {
  const db = store.openBefore();
  insertAda(db);
  db.exec(`
    INSERT INTO goals (id, person_id, title, status, created_at, updated_at) VALUES
      ('g1', 'p1', 'Zebra rollout plan', 'active', 'x', 'x'),
      ('g2', 'p1', 'alpha rollout', 'achieved', 'x', 'x'),
      ('g3', 'p1', 'Beta rollout', 'proposed', 'x', 'x'),
      ('g4', 'p1', 'Hiring plan', 'active', 'x', 'x'),
      ('g5', 'p1', 'Another rollout', 'dropped', 'x', 'x');`);
  closeDatabase(db);

  const migrated = store.openMigrated();
  expect(migrated.pragma('user_version', { simple: true })).toBe(version);
  const plan = (migrated.prepare(`EXPLAIN QUERY PLAN ${GOALS_BY_TITLE}`).all('%roll%', 8) as { detail: string }[])
    .map((r) => r.detail)
    .join('\n');
  expect(plan).toContain('SCAN g USING INDEX goals_palette_order');
  expect(plan).not.toContain('TEMP B-TREE');
  expect(searchGoalsByTitle(asReadable(migrated), 'ROLLOUT', 8).map((g) => g.id)).toEqual(['g3', 'g1', 'g2', 'g5']);
  expect(searchGoalsByTitle(asReadable(migrated), 'rollout', 2).map((g) => g.id)).toEqual(['g3', 'g1']);
  // A goal that changes status or title moves in the order.
  migrated.prepare("UPDATE goals SET status = 'achieved' WHERE id = 'g3'").run();
  migrated.prepare("UPDATE goals SET title = 'Aardvark rollout' WHERE id = 'g5'").run();
  expect(searchGoalsByTitle(asReadable(migrated), 'rollout', 8).map((g) => g.id)).toEqual(['g1', 'g5', 'g2', 'g3']);
  closeDatabase(migrated);
});

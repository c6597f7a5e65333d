import { expect, it } from 'vitest';
import { closeDatabase } from '#electron/db/open';
import { CURRENT_VERSION_SQL } from '#electron/domains/interviews/debriefQuery';
import { migrationStore } from '../../support/migrationStore';

const store = migrationStore(7);

it('007 keeps existing kit versions and answers the debrief "current version of a kit" query from the new index alone', () => {
  const before = store.openBefore();
  before.exec(`
    INSERT INTO interview_roles (id, title, created_at) VALUES ('r1', 'Backend engineer', 'x');
    INSERT INTO interview_kits (id, role_id, created_at) VALUES ('k1', 'r1', 'x');
    INSERT INTO interview_kit_versions (id, kit_id, version, stage, kind, content, created_at) VALUES
      ('v1', 'k1', 1, 'Onsite', 'interview', '{}', 'x'), ('v2', 'k1', 2, 'Onsite', 'interview', '{}', 'x');
  `);
  closeDatabase(before);

  const db = store.openMigrated();
  expect(db.pragma('user_version', { simple: true })).toBe(7);
  const sql = CURRENT_VERSION_SQL;
  expect(db.prepare(sql).pluck().get('k1')).toBe('v2');
  const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('k1') as { detail: string }[])
    .map((r) => r.detail)
    .join('\n');
  expect(plan).toContain('COVERING INDEX interview_kit_versions_current');
  db.prepare("DELETE FROM interview_kits WHERE id = 'k1'").run();
  expect(db.prepare('SELECT count(*) FROM interview_kit_versions').pluck().get()).toBe(0);
  closeDatabase(db);
});

import type { Migration } from '../migration';

export const peopleMigration: Migration = {
  version: 1,
  name: 'people and teams',
  up(db) {
    db.exec(`
      CREATE TABLE teams (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX teams_name ON teams (name COLLATE NOCASE);

      CREATE TABLE people (
        id             TEXT PRIMARY KEY,
        name           TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        preferred_name TEXT NOT NULL DEFAULT '',
        pronouns       TEXT NOT NULL DEFAULT '',
        title          TEXT NOT NULL DEFAULT '',
        team_id        TEXT REFERENCES teams (id) ON DELETE SET NULL,
        relationship   TEXT NOT NULL,
        ladder_id      TEXT,
        track          TEXT NOT NULL DEFAULT '',
        level          TEXT NOT NULL DEFAULT '',
        start_date     TEXT,
        time_zone      TEXT,
        status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'left')),
        left_on        TEXT,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX people_team ON people (team_id);
      CREATE INDEX people_status_name ON people (status, name COLLATE NOCASE);
    `);
  },
};

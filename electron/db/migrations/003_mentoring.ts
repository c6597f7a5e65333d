import type { Migration } from '../migration';

/**
 * Mentoring pairs, their sessions and people's mentoring preferences.
 */
export const mentoringMigration: Migration = {
  version: 3,
  name: 'mentoring pairs, sessions and preferences',
  up(db) {
    db.exec(`
      CREATE TABLE mentoring_pairs (
        id            TEXT PRIMARY KEY,
        mentor_id     TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        mentee_id     TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        status        TEXT NOT NULL CHECK (status IN ('proposed', 'active', 'paused', 'ended')),
        goals         TEXT NOT NULL DEFAULT '',
        expectations  TEXT NOT NULL DEFAULT '',
        cadence_days  INTEGER NOT NULL CHECK (cadence_days BETWEEN 1 AND 180),
        start_date    TEXT NOT NULL,
        planned_end   TEXT,
        end_reason    TEXT NOT NULL DEFAULT '',
        ended_on      TEXT,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL,
        CHECK (mentor_id <> mentee_id),
        CHECK (status <> 'ended' OR length(end_reason) > 0)
      ) STRICT;
      CREATE INDEX mentoring_pairs_mentor ON mentoring_pairs (mentor_id, status);
      CREATE INDEX mentoring_pairs_mentee ON mentoring_pairs (mentee_id, status);
      -- One open pair per mentor and mentee; ended pairs are history and may repeat.
      CREATE UNIQUE INDEX mentoring_pairs_open ON mentoring_pairs (mentor_id, mentee_id) WHERE status <> 'ended';

      CREATE TABLE mentoring_focus_areas (
        id            TEXT PRIMARY KEY,
        pair_id       TEXT NOT NULL REFERENCES mentoring_pairs (id) ON DELETE CASCADE,
        position      INTEGER NOT NULL,
        name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        -- Seam for the ladders domain: no foreign key until competencies exist.
        competency_id TEXT
      ) STRICT;
      CREATE INDEX mentoring_focus_areas_pair ON mentoring_focus_areas (pair_id, position);

      CREATE TABLE mentoring_sessions (
        id          TEXT PRIMARY KEY,
        pair_id     TEXT NOT NULL REFERENCES mentoring_pairs (id) ON DELETE CASCADE,
        date        TEXT NOT NULL,
        notes       TEXT NOT NULL DEFAULT '',
        takeaways   TEXT NOT NULL DEFAULT '',
        fit         TEXT CHECK (fit IN ('good_fit', 'unsure', 'not_a_fit')),
        created_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX mentoring_sessions_pair_date ON mentoring_sessions (pair_id, date);

      CREATE TABLE mentoring_session_progress (
        session_id    TEXT NOT NULL REFERENCES mentoring_sessions (id) ON DELETE CASCADE,
        focus_area_id TEXT NOT NULL REFERENCES mentoring_focus_areas (id) ON DELETE CASCADE,
        note          TEXT NOT NULL,
        PRIMARY KEY (session_id, focus_area_id)
      ) STRICT;

      CREATE TABLE mentoring_preferences (
        person_id       TEXT PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
        wants_to_mentor INTEGER NOT NULL CHECK (wants_to_mentor IN (0, 1)),
        wants_mentor    INTEGER NOT NULL CHECK (wants_mentor IN (0, 1)),
        strengths       TEXT NOT NULL DEFAULT '[]',
        interests       TEXT NOT NULL DEFAULT '[]',
        capacity        INTEGER NOT NULL CHECK (capacity BETWEEN 0 AND 20),
        -- Erasing the manager forgets the link but keeps this person's preferences.
        manager_id      TEXT REFERENCES people (id) ON DELETE SET NULL,
        updated_at      TEXT NOT NULL,
        CHECK (manager_id IS NULL OR manager_id <> person_id)
      ) STRICT;
      CREATE INDEX mentoring_preferences_manager ON mentoring_preferences (manager_id);
    `);
  },
};

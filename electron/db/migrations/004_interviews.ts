import type { Migration } from '../migration';

/**
 * Structured interviews.
 *
 * Candidates are not people of the team: they live in their own table, and everything about
 * a candidate hangs off it with ON DELETE CASCADE, so erasing a candidate leaves no row.
 * An interviewer may be a person of the team; erasing that person sets `person_id` NULL and
 * keeps the typed name, because the scorecard belongs to the candidate's hiring record (the
 * panel's other members still need it for the debrief) — see interviewers below.
 */
export const interviewsMigration: Migration = {
  version: 4,
  name: 'structured interviews',
  up(db) {
    db.exec(`
      CREATE TABLE interview_roles (
        id             TEXT PRIMARY KEY,
        title          TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        level          TEXT NOT NULL DEFAULT '',
        retention_days INTEGER CHECK (retention_days BETWEEN 30 AND 3650),
        created_at     TEXT NOT NULL
      ) STRICT;

      CREATE TABLE interview_competencies (
        id                    TEXT PRIMARY KEY,
        role_id               TEXT NOT NULL REFERENCES interview_roles (id) ON DELETE CASCADE,
        position              INTEGER NOT NULL,
        name                  TEXT NOT NULL,
        description           TEXT NOT NULL DEFAULT '',
        -- Seam for the ladders domain (built in parallel): no FK so either can land first.
        ladder_competency_id  TEXT
      ) STRICT;
      CREATE INDEX interview_competencies_role ON interview_competencies (role_id, position);

      CREATE TABLE interview_kits (
        id          TEXT PRIMARY KEY,
        role_id     TEXT NOT NULL REFERENCES interview_roles (id) ON DELETE CASCADE,
        created_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX interview_kits_role ON interview_kits (role_id);

      -- Versions are never updated: a scorecard points at the version it was scored against.
      CREATE TABLE interview_kit_versions (
        id          TEXT PRIMARY KEY,
        kit_id      TEXT NOT NULL REFERENCES interview_kits (id) ON DELETE CASCADE,
        version     INTEGER NOT NULL,
        stage       TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('interview', 'work_sample')),
        content     TEXT NOT NULL CHECK (json_valid(content)),
        created_at  TEXT NOT NULL,
        UNIQUE (kit_id, version)
      ) STRICT;

      CREATE TABLE interviewers (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        person_id   TEXT REFERENCES people (id) ON DELETE SET NULL,
        created_at  TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX interviewers_name ON interviewers (name COLLATE NOCASE);
      CREATE INDEX interviewers_person ON interviewers (person_id);

      CREATE TABLE interview_prefs (
        id                   INTEGER PRIMARY KEY CHECK (id = 1),
        self_interviewer_id  TEXT REFERENCES interviewers (id) ON DELETE SET NULL,
        retention_days       INTEGER NOT NULL DEFAULT 365 CHECK (retention_days BETWEEN 30 AND 3650)
      ) STRICT;
      INSERT INTO interview_prefs (id) VALUES (1);

      CREATE TABLE candidates (
        id          TEXT PRIMARY KEY,
        role_id     TEXT NOT NULL REFERENCES interview_roles (id) ON DELETE CASCADE,
        name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        stage       TEXT NOT NULL,
        source      TEXT NOT NULL DEFAULT '',
        alias       TEXT NOT NULL UNIQUE,
        created_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX candidates_role ON candidates (role_id, created_at);

      CREATE TABLE scorecards (
        id              TEXT PRIMARY KEY,
        candidate_id    TEXT NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
        kit_id          TEXT NOT NULL REFERENCES interview_kits (id) ON DELETE CASCADE,
        kit_version_id  TEXT NOT NULL REFERENCES interview_kit_versions (id) ON DELETE CASCADE,
        interviewer_id  TEXT NOT NULL REFERENCES interviewers (id) ON DELETE CASCADE,
        source          TEXT NOT NULL CHECK (source IN ('own', 'entered', 'imported')),
        status          TEXT NOT NULL CHECK (status IN ('draft', 'submitted')),
        recommendation  TEXT CHECK (recommendation IN ('strong_no', 'no', 'yes', 'strong_yes')),
        submitted_at    TEXT,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        UNIQUE (candidate_id, kit_id, interviewer_id)
      ) STRICT;
      CREATE INDEX scorecards_kit ON scorecards (kit_id, status);
      CREATE INDEX scorecards_interviewer ON scorecards (interviewer_id);

      CREATE TABLE scorecard_ratings (
        scorecard_id  TEXT NOT NULL REFERENCES scorecards (id) ON DELETE CASCADE,
        item_key      TEXT NOT NULL,
        score         INTEGER CHECK (score BETWEEN 1 AND 4),
        evidence      TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (scorecard_id, item_key)
      ) STRICT;

      CREATE TABLE scorecard_amendments (
        id            TEXT PRIMARY KEY,
        scorecard_id  TEXT NOT NULL REFERENCES scorecards (id) ON DELETE CASCADE,
        at            TEXT NOT NULL,
        reason        TEXT NOT NULL CHECK (length(reason) >= 1),
        summary       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX scorecard_amendments_card ON scorecard_amendments (scorecard_id, at);

      CREATE TABLE interview_decisions (
        candidate_id  TEXT NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
        kit_id        TEXT NOT NULL REFERENCES interview_kits (id) ON DELETE CASCADE,
        outcome       TEXT NOT NULL CHECK (outcome IN ('advance', 'offer', 'hold', 'reject')),
        rationale     TEXT NOT NULL CHECK (length(rationale) >= 1),
        decided_at    TEXT NOT NULL,
        PRIMARY KEY (candidate_id, kit_id)
      ) STRICT;
    `);
  },
};

import type { Migration } from '../migration';

/**
 * Ladders, their versions, assessments and stretch goals. Released as version 3 once the
 * 1:1s domain takes version 2.
 *
 * A ladder version stores its whole document as JSON: a ladder is read, edited, exported and
 * compared as one document, and a version never changes once an assessment points at it
 * (assessments keep the wording they were made against). Ratings, evidence and goals are
 * rows, because they are queried and counted per person.
 */
export const laddersMigration: Migration = {
  version: 2,
  name: 'ladders, assessments and stretch goals',
  up(db) {
    db.exec(`
      CREATE TABLE ladders (
        id                 TEXT PRIMARY KEY,
        name               TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 160),
        source             TEXT NOT NULL DEFAULT '',
        current_version_id TEXT,
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL
      ) STRICT;

      CREATE TABLE ladder_versions (
        id         TEXT PRIMARY KEY,
        ladder_id  TEXT NOT NULL REFERENCES ladders (id) ON DELETE CASCADE,
        number     INTEGER NOT NULL CHECK (number >= 1),
        doc        TEXT NOT NULL CHECK (json_valid(doc)),
        created_at TEXT NOT NULL,
        UNIQUE (ladder_id, number)
      ) STRICT;

      CREATE TABLE assessments (
        id                TEXT PRIMARY KEY,
        person_id         TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        ladder_version_id TEXT NOT NULL REFERENCES ladder_versions (id),
        level_id          TEXT NOT NULL,
        assessed_on       TEXT NOT NULL,
        summary           TEXT NOT NULL DEFAULT '',
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL
      ) STRICT;
      CREATE INDEX assessments_person ON assessments (person_id, assessed_on);
      CREATE INDEX assessments_version ON assessments (ladder_version_id);

      CREATE TABLE assessment_ratings (
        assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        competency_id TEXT NOT NULL,
        rating        TEXT NOT NULL CHECK (rating IN ('working_towards', 'meeting', 'exceeding')),
        note          TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (assessment_id, competency_id)
      ) STRICT;

      -- meeting_id points at a 1:1 meeting without a foreign key: that table belongs to the
      -- 1:1s domain; the label keeps the link readable if the meeting is gone.
      CREATE TABLE assessment_evidence (
        id            TEXT PRIMARY KEY,
        assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        person_id     TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        position      INTEGER NOT NULL,
        text          TEXT NOT NULL,
        seen_on       TEXT,
        meeting_id    TEXT,
        meeting_label TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX assessment_evidence_assessment ON assessment_evidence (assessment_id, position);
      CREATE INDEX assessment_evidence_person ON assessment_evidence (person_id);

      CREATE TABLE evidence_competencies (
        evidence_id   TEXT NOT NULL REFERENCES assessment_evidence (id) ON DELETE CASCADE,
        competency_id TEXT NOT NULL,
        PRIMARY KEY (evidence_id, competency_id)
      ) STRICT;

      CREATE TABLE goals (
        id               TEXT PRIMARY KEY,
        person_id        TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        title            TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        why              TEXT NOT NULL DEFAULT '',
        ladder_id        TEXT REFERENCES ladders (id) ON DELETE SET NULL,
        target_level     TEXT NOT NULL DEFAULT '',
        competency_ids   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(competency_ids)),
        success_criteria TEXT NOT NULL DEFAULT '',
        due_date         TEXT,
        status           TEXT NOT NULL CHECK (status IN ('proposed', 'active', 'achieved', 'dropped')),
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX goals_person ON goals (person_id, status, due_date);

      CREATE TABLE goal_checkins (
        id         TEXT PRIMARY KEY,
        goal_id    TEXT NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
        person_id  TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        checked_on TEXT NOT NULL,
        note       TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX goal_checkins_goal ON goal_checkins (goal_id, checked_on);
      CREATE INDEX goal_checkins_person ON goal_checkins (person_id);
    `);
  },
};

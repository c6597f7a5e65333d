import { STARTER_BANK } from '../../domains/questions/starterBank';
import { questionKey } from '../../domains/questions/normalise';
import type { Migration } from '../migration';

/**
 * Question banks: one bank of questions with a category each, and who was asked which (so
 * each meeting draws one the person has not had, in rotation). `key` makes duplicates
 * impossible whatever their case or spacing. Starts with Cairn's own starter bank.
 */
export const questionBanksMigration: Migration = {
  version: 14,
  name: 'question banks',
  up(db) {
    db.exec(`
      CREATE TABLE qb_questions (
        seq        INTEGER PRIMARY KEY,
        id         TEXT NOT NULL UNIQUE,
        text       TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
        key        TEXT NOT NULL UNIQUE,
        category   TEXT NOT NULL DEFAULT '',
        starred    INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1)),
        source     TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX qb_questions_category ON qb_questions (category, seq);

      CREATE TABLE qb_asked (
        person_id   TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        question_id TEXT NOT NULL REFERENCES qb_questions (id) ON DELETE CASCADE,
        meeting_id  TEXT REFERENCES oo_meetings (id) ON DELETE SET NULL,
        asked_at    TEXT NOT NULL,
        PRIMARY KEY (person_id, question_id, asked_at)
      ) STRICT;
      CREATE INDEX qb_asked_question ON qb_asked (question_id);
    `);
    const insert = db.prepare(
      `INSERT INTO qb_questions (id, text, key, category, source, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'Cairn', ?, ?)`,
    );
    // Seeded rows are the same in every store (fixed ids and date), so a store nobody has
    // changed still reads as untouched to the full-export import (data/importAll.ts).
    const written = '2026-12-03T00:00:00.000Z';
    STARTER_BANK.forEach((q, i) =>
      insert.run(
        `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
        q.text,
        questionKey(q.text),
        q.category,
        written,
        written,
      ),
    );
  },
};

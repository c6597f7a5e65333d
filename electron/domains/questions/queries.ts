import { randomUUID } from 'node:crypto';
import type { Question } from '#shared/questions/model';
import type { ReadableDB, WritableDB } from '../../db/access';
import { likePattern } from '../../db/like';
import { questionKey } from './normalise';

interface Row {
  id: string;
  text: string;
  category: string;
  starred: number;
  source: string;
  asked: number;
}

const toQuestion = (r: Row): Question => ({ ...r, starred: r.starred === 1 });

const SELECT = `SELECT q.id, q.text, q.category, q.starred, q.source,
  (SELECT count(*) FROM qb_asked a WHERE a.question_id = q.id) AS asked FROM qb_questions q`;

export function listQuestions(
  db: ReadableDB,
  filter: { search?: string; category?: string; starredOnly?: boolean },
): Question[] {
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (filter.search?.trim()) {
    where.push("q.text LIKE @search ESCAPE '\\'");
    params.search = likePattern(filter.search.trim());
  }
  if (filter.category) {
    where.push('q.category = @category');
    params.category = filter.category;
  }
  if (filter.starredOnly) where.push('q.starred = 1');
  const sql = `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY q.starred DESC, q.category, q.seq`;
  return (db.prepare(sql).all(params) as Row[]).map(toQuestion);
}

export function findQuestion(db: ReadableDB, id: string): Question | null {
  const row = db.prepare(`${SELECT} WHERE q.id = ?`).get(id) as Row | undefined;
  return row ? toQuestion(row) : null;
}

export function categories(db: ReadableDB): string[] {
  return db
    .prepare("SELECT DISTINCT category FROM qb_questions WHERE category <> '' ORDER BY category")
    .pluck()
    .all() as string[];
}

export function existingKeys(db: ReadableDB): Set<string> {
  return new Set(db.prepare('SELECT key FROM qb_questions').pluck().all() as string[]);
}

export function keyTaken(db: ReadableDB, key: string, exceptId: string): boolean {
  return db.prepare('SELECT 1 FROM qb_questions WHERE key = ? AND id <> ?').get(key, exceptId) !== undefined;
}

export function insertQuestion(
  db: WritableDB,
  q: { text: string; category: string; source: string },
  stamp: string,
): void {
  db.prepare(
    `INSERT INTO qb_questions (id, text, key, category, source, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(randomUUID(), q.text, questionKey(q.text), q.category, q.source, stamp, stamp);
}

/**
 * The question for this person's next ask: one they were never asked (starred first, then
 * in bank order); when every one has been asked, the one asked longest ago: a rotation.
 */
export function nextQuestionFor(db: ReadableDB, personId: string, category: string | null): Question | null {
  const row = db
    .prepare(
      `${SELECT}
        LEFT JOIN (SELECT question_id, max(asked_at) AS last FROM qb_asked WHERE person_id = @personId GROUP BY question_id) l
          ON l.question_id = q.id
       WHERE (@category IS NULL OR q.category = @category)
       ORDER BY l.last IS NOT NULL, l.last, q.starred DESC, q.seq
       LIMIT 1`,
    )
    .get({ personId, category }) as Row | undefined;
  return row ? toQuestion(row) : null;
}

export function recordAsked(
  db: WritableDB,
  personId: string,
  questionId: string,
  meetingId: string,
  stamp: string,
): void {
  db.prepare('INSERT OR IGNORE INTO qb_asked (person_id, question_id, meeting_id, asked_at) VALUES (?, ?, ?, ?)').run(
    personId,
    questionId,
    meetingId,
    stamp,
  );
}

import { randomUUID } from 'node:crypto';
import type {
  Amendment,
  Decision,
  PanelEntry,
  Rating,
  Recommendation,
  ScorecardSource,
  ScorecardStatus,
} from '#shared/interviews/model';
import type { ReadableDB, WritableDB } from '../../db/access';
import { stmt } from './stmt';

export interface ScorecardRow {
  id: string;
  candidateId: string;
  kitId: string;
  kitVersionId: string;
  interviewerId: string;
  interviewerName: string;
  source: ScorecardSource;
  status: ScorecardStatus;
  recommendation: Recommendation | null;
  submittedAt: string | null;
}

const SELECT_CARD = `
  SELECT s.id, s.candidate_id AS candidateId, s.kit_id AS kitId, s.kit_version_id AS kitVersionId,
    s.interviewer_id AS interviewerId, i.name AS interviewerName, s.source, s.status,
    s.recommendation, s.submitted_at AS submittedAt
  FROM scorecards s JOIN interviewers i ON i.id = s.interviewer_id`;

export function findScorecard(db: ReadableDB, id: string): ScorecardRow | undefined {
  return stmt(db, `${SELECT_CARD} WHERE s.id = ?`).get(id) as ScorecardRow | undefined;
}

export function findScorecardFor(
  db: ReadableDB,
  candidateId: string,
  kitId: string,
  interviewerId: string,
): ScorecardRow | undefined {
  return stmt(db, `${SELECT_CARD} WHERE s.candidate_id = ? AND s.kit_id = ? AND s.interviewer_id = ?`).get(
    candidateId,
    kitId,
    interviewerId,
  ) as ScorecardRow | undefined;
}

export function insertScorecard(
  db: WritableDB,
  card: { candidateId: string; kitId: string; kitVersionId: string; interviewerId: string; source: ScorecardSource },
  itemKeys: string[],
  now: string,
): string {
  const id = randomUUID();
  stmt(
    db,
    `INSERT INTO scorecards (id, candidate_id, kit_id, kit_version_id, interviewer_id, source, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 'draft', ?, ?)`,
  ).run(id, card.candidateId, card.kitId, card.kitVersionId, card.interviewerId, card.source, now, now);
  writeRatings(
    db,
    id,
    itemKeys.map((itemKey) => ({ itemKey, score: null, evidence: '' })),
  );
  return id;
}

export function ratingsOf(db: ReadableDB, scorecardId: string): Rating[] {
  return stmt(db, 'SELECT item_key AS itemKey, score, evidence FROM scorecard_ratings WHERE scorecard_id = ?').all(
    scorecardId,
  ) as Rating[];
}

export function writeRatings(db: WritableDB, scorecardId: string, ratings: Rating[]): void {
  stmt(db, 'DELETE FROM scorecard_ratings WHERE scorecard_id = ?').run(scorecardId);
  const insert = stmt(
    db,
    'INSERT INTO scorecard_ratings (scorecard_id, item_key, score, evidence) VALUES (?, ?, ?, ?)',
  );
  for (const r of ratings) insert.run(scorecardId, r.itemKey, r.score, r.evidence);
}

export function setScorecardState(
  db: WritableDB,
  id: string,
  state: { status: ScorecardStatus; recommendation: Recommendation | null; submittedAt: string | null },
  now: string,
): void {
  stmt(db, 'UPDATE scorecards SET status = ?, recommendation = ?, submitted_at = ?, updated_at = ? WHERE id = ?').run(
    state.status,
    state.recommendation,
    state.submittedAt,
    now,
    id,
  );
}

export function amendmentsOf(db: ReadableDB, scorecardId: string): Amendment[] {
  return stmt(
    db,
    'SELECT id, at, reason, summary FROM scorecard_amendments WHERE scorecard_id = ? ORDER BY at, id',
  ).all(scorecardId) as Amendment[];
}

export function insertAmendment(
  db: WritableDB,
  scorecardId: string,
  reason: string,
  summary: string,
  now: string,
): void {
  stmt(db, 'INSERT INTO scorecard_amendments (id, scorecard_id, at, reason, summary) VALUES (?, ?, ?, ?, ?)').run(
    randomUUID(),
    scorecardId,
    now,
    reason,
    summary,
  );
}

export function panelOf(db: ReadableDB, candidateId: string): PanelEntry[] {
  return stmt(
    db,
    `SELECT s.id AS scorecardId, s.kit_id AS kitId, s.interviewer_id AS interviewerId, i.name AS interviewerName,
         s.status, s.source, v.version AS kitVersion
       FROM scorecards s JOIN interviewers i ON i.id = s.interviewer_id
       JOIN interview_kit_versions v ON v.id = s.kit_version_id
       WHERE s.candidate_id = ? ORDER BY s.created_at, i.name`,
  ).all(candidateId) as PanelEntry[];
}

export function decisionsOf(db: ReadableDB, candidateId: string): Decision[] {
  return stmt(
    db,
    'SELECT kit_id AS kitId, outcome, rationale, decided_at AS decidedAt FROM interview_decisions WHERE candidate_id = ?',
  ).all(candidateId) as Decision[];
}

export function upsertDecision(db: WritableDB, candidateId: string, d: Omit<Decision, 'decidedAt'>, now: string): void {
  stmt(
    db,
    `INSERT INTO interview_decisions (candidate_id, kit_id, outcome, rationale, decided_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (candidate_id, kit_id) DO UPDATE SET outcome = excluded.outcome, rationale = excluded.rationale, decided_at = excluded.decided_at`,
  ).run(candidateId, d.kitId, d.outcome, d.rationale, now);
}

/** One collator for the module: building one per comparison costs more than the query. */
const byName = new Intl.Collator(undefined, { sensitivity: 'base' });

/** What a debrief reads of one scorecard: the columns it uses, nothing more. */
export interface PanelCard {
  id: string;
  kitVersionId: string;
  interviewerId: string;
  interviewerName: string;
  status: ScorecardStatus;
  recommendation: Recommendation | null;
  ratings: Rating[];
}

/**
 * Interviewer names by id, per connection. A panel member's name is never changed once
 * written (there is no rename; a deleted one takes their scorecards with them), so the
 * debrief reads names here instead of joining interviewers into its per-candidate query,
 * where the extra table cost more than the rest of the lookup (see the debrief bench).
 */
const interviewerNames = new WeakMap<ReadableDB, Map<string, string>>();

function interviewerName(db: ReadableDB, id: string): string {
  let names = interviewerNames.get(db);
  if (!names) interviewerNames.set(db, (names = new Map()));
  let name = names.get(id);
  if (name === undefined) {
    name = stmt(db, 'SELECT name FROM interviewers WHERE id = ?').pluck().get(id) as string;
    names.set(id, name);
  }
  return name;
}

type PanelRow = [
  string,
  string,
  string,
  ScorecardStatus,
  Recommendation | null,
  string | null,
  number | null,
  string | null,
];

/**
 * One panel's scorecards with their ratings in a single query, ordered by interviewer.
 * A card's ratings arrive together (the join walks one scorecard's ratings at a time), so
 * grouping only compares with the previous row.
 */
export function panelCardsWithRatings(db: ReadableDB, candidateId: string, kitId: string): PanelCard[] {
  const rows = stmt(
    db,
    `SELECT s.id, s.kit_version_id, s.interviewer_id, s.status, s.recommendation, r.item_key, r.score, r.evidence
       FROM scorecards s LEFT JOIN scorecard_ratings r ON r.scorecard_id = s.id
       WHERE s.candidate_id = ? AND s.kit_id = ?`,
  )
    .raw()
    .all(candidateId, kitId) as PanelRow[];
  const cards: PanelCard[] = [];
  let card: PanelCard | undefined;
  for (const [id, kitVersionId, interviewerId, status, recommendation, itemKey, score, evidence] of rows) {
    if (card?.id !== id) {
      card = cards.find((c) => c.id === id);
      if (!card) {
        card = {
          id,
          kitVersionId,
          interviewerId,
          interviewerName: interviewerName(db, interviewerId),
          status,
          recommendation,
          ratings: [],
        };
        cards.push(card);
      }
    }
    if (itemKey !== null) card.ratings.push({ itemKey, score, evidence: evidence ?? '' });
  }
  // Sorted here rather than in SQL: a handful of cards, and no temporary B-tree per debrief.
  return cards.sort((a, b) => byName.compare(a.interviewerName, b.interviewerName) || (a.id < b.id ? -1 : 1));
}

export function deleteScorecard(db: WritableDB, id: string): void {
  stmt(db, 'DELETE FROM scorecards WHERE id = ?').run(id);
}

/** Panels ("candidate/kit") where this interviewer's own scorecard is still a draft. */
export function draftPanelsOf(db: ReadableDB, interviewerId: string): Set<string> {
  return new Set(
    stmt(db, "SELECT candidate_id || '/' || kit_id FROM scorecards WHERE interviewer_id = ? AND status = 'draft'")
      .pluck()
      .all(interviewerId) as string[],
  );
}

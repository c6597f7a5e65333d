import type { CalibrationCard } from '#shared/interviews/calibration';
import type { Recommendation } from '#shared/interviews/model';
import type { ReadableDB } from '../../db/access';
import { findKitVersion } from './queries';
import { stmt } from './stmt';

/** A score as one character of a card's packed scores: '1'…'4', or '0' where none was given. */
const NO_SCORE = '0';

export type CardRow = [
  panelKey: string,
  versionId: string,
  interviewerId: string,
  submittedAt: string,
  recommendation: Recommendation | null,
  /** The card's item keys, as a JSON array. */
  itemKeys: string,
  /** Their scores, one character each (NO_SCORE for none), in the same order. */
  scores: string,
];

/**
 * Every role's submitted cards, one row each from calibration_cards (migration 022, kept in
 * step by triggers), in card-id order; one role's through its kits, in the same order. The
 * order is the one calibration read them in before 022, so its sums come out the same.
 */
export const calibrationCardsSql = (byRole: boolean) =>
  `SELECT c.candidate_id || '/' || c.kit_id, c.kit_version_id, c.interviewer_id, c.submitted_at, c.recommendation,
       c.item_keys, c.scores
     FROM ${byRole ? 'interview_kits k JOIN calibration_cards c ON c.kit_id = k.id AND k.role_id = @roleId' : 'calibration_cards c'}
     ORDER BY c.scorecard_id`;

/**
 * Every submitted scorecard (of one role, or all) with its ratings: one row per card, its
 * ratings packed into two columns. Ratings are keyed by the item's name so that versions of a
 * kit, and kits of a role, line up by competency.
 *
 * At a director's scale that is 50,000 short rows. Packed per card at open, through a join and
 * a GROUP BY over 250,000 ratings, it took 0.4–0.6 s an open; packed as each card is written
 * (migration 022) the read is a tenth of that. A card with no ratings is left out, as the join
 * always did.
 */
export function calibrationCards(db: ReadableDB, roleId: string | null): CalibrationCard[] {
  const rows = stmt(db, calibrationCardsSql(roleId !== null))
    .raw()
    .all(roleId ? { roleId } : {}) as CardRow[];
  return cardsFromRows(db, rows);
}

/** One item's rating as calibration reads it, for each score it can have: [none, 1, 2, 3, 4]. */
type RatingsByScore = CalibrationCard['ratings'][number][];

/** Packed rows as calibration's cards: item keys named from their kit version, scores unpacked. */
export function cardsFromRows(db: ReadableDB, rows: CardRow[]): CalibrationCard[] {
  const interviewerNames = new Map(stmt(db, 'SELECT id, name FROM interviewers').raw().all() as [string, string][]);
  // Most cards of a kit version rate the same items: their competencies are worked out once
  // per version and set of keys, not parsed and looked up again for each of 50,000 cards.
  // Each item's five possible ratings are made once too and shared by every card that gives
  // it that score (calibration only reads them): 250,000 objects fewer at a director's scale.
  const byVersion = new Map<string, Map<string, RatingsByScore[]>>();
  const ratingsOf = (versionId: string, itemKeys: string) => {
    let layouts = byVersion.get(versionId);
    if (!layouts) byVersion.set(versionId, (layouts = new Map()));
    let items = layouts.get(itemKeys);
    if (!items) {
      const byKey = new Map(findKitVersion(db, versionId)?.items.map((i) => [i.key, i.name]) ?? []);
      items = (JSON.parse(itemKeys) as string[]).map((k) => {
        const competency = byKey.get(k) ?? k;
        return [null, 1, 2, 3, 4].map((score) => ({ competency, score }));
      });
      layouts.set(itemKeys, items);
    }
    return items;
  };
  const ZERO = NO_SCORE.charCodeAt(0);
  return rows.map(([panelKey, versionId, interviewerId, submittedAt, recommendation, itemKeys, scores]) => {
    const items = ratingsOf(versionId, itemKeys);
    return {
      panelKey,
      interviewerId,
      interviewerName: interviewerNames.get(interviewerId) ?? '',
      submittedAt,
      recommendation,
      ratings: items.map((ratings, i) => ratings[scores.charCodeAt(i) - ZERO]!),
    };
  });
}

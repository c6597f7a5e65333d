import type { CalibrationCard } from '#shared/interviews/calibration';
import type { Recommendation } from '#shared/interviews/model';
import type { ReadableDB } from '../../db/access';
import { findKitVersion } from './queries';
import { stmt } from './stmt';

/** A score as one character of a card's packed scores: '1'…'4', or '0' where none was given. */
const NO_SCORE = '0';

type CardRow = [
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
 * Every role's cards are read in card-id order from the two indexes of migration 020, each
 * card's ratings in item-key order (calibration's figures depend on neither order); one role's
 * through its kits. Named, not left to the planner: without statistics (a store never
 * analysed) it reads the tables by primary key instead.
 */
export const calibrationCardsSql = (byRole: boolean) =>
  `SELECT s.candidate_id || '/' || s.kit_id, s.kit_version_id, s.interviewer_id, s.submitted_at, s.recommendation,
       json_group_array(r.item_key), group_concat(coalesce(r.score, ${NO_SCORE}), '')
     FROM ${byRole ? 'interview_kits k JOIN scorecards s ON s.kit_id = k.id AND k.role_id = @roleId' : 'scorecards s INDEXED BY scorecards_submitted'}
     JOIN scorecard_ratings r INDEXED BY scorecard_ratings_scores ON r.scorecard_id = s.id
     WHERE s.status = 'submitted'
     GROUP BY s.id`;

/**
 * Every submitted scorecard (of one role, or all) with its ratings: one row per card, its
 * ratings packed into two columns. Ratings are keyed by the item's name so that versions of a
 * kit, and kits of a role, line up by competency.
 *
 * One row per rating, as this was read before, sent 250,000 rows of eight columns across to
 * JavaScript at a director's scale (a UUID string or two in each) and took 0.8 s of an
 * all-roles calibration; packed per card it is a fifth as many rows and strings. A card with
 * no ratings is left out, as the join always did.
 */
export function calibrationCards(db: ReadableDB, roleId: string | null): CalibrationCard[] {
  const rows = stmt(db, calibrationCardsSql(roleId !== null))
    .raw()
    .all(roleId ? { roleId } : {}) as CardRow[];
  const interviewerNames = new Map(stmt(db, 'SELECT id, name FROM interviewers').raw().all() as [string, string][]);
  // Most cards of a kit version rate the same items: their competencies are worked out once
  // per version and set of keys, not parsed and looked up again for each of 50,000 cards.
  const competencies = new Map<string, string[]>();
  const competenciesOf = (versionId: string, itemKeys: string) => {
    const key = `${versionId}\n${itemKeys}`;
    let names = competencies.get(key);
    if (!names) {
      const byKey = new Map(findKitVersion(db, versionId)?.items.map((i) => [i.key, i.name]) ?? []);
      names = (JSON.parse(itemKeys) as string[]).map((k) => byKey.get(k) ?? k);
      competencies.set(key, names);
    }
    return names;
  };
  return rows.map(([panelKey, versionId, interviewerId, submittedAt, recommendation, itemKeys, scores]) => {
    const names = competenciesOf(versionId, itemKeys);
    return {
      panelKey,
      interviewerId,
      interviewerName: interviewerNames.get(interviewerId) ?? '',
      submittedAt,
      recommendation,
      ratings: names.map((competency, i) => ({
        competency,
        score: scores[i] === NO_SCORE ? null : Number(scores[i]),
      })),
    };
  });
}

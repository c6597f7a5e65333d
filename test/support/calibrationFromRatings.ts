import type { CalibrationCard } from './calibrationReference';
import type { Recommendation } from '#shared/interviews/model';
import type { Db } from '#electron/db/open';

interface RatingRow {
  id: string;
  panelKey: string;
  interviewerId: string;
  interviewerName: string;
  submittedAt: string;
  recommendation: Recommendation | null;
  itemKey: string;
  score: number | null;
  content: string;
}

/**
 * Calibration's cards worked out from the raw rows, one row per rating, nothing packed or kept
 * aside: what calibration_cards (migration 022) must always agree with. Cards in id order and
 * ratings in item-key order, as calibration reads them; names from the card's kit version.
 */
export function calibrationCardsFromRatings(db: Db, roleId: string | null): CalibrationCard[] {
  const rows = db
    .prepare(
      `SELECT s.id, s.candidate_id || '/' || s.kit_id AS panelKey, s.interviewer_id AS interviewerId,
         i.name AS interviewerName, s.submitted_at AS submittedAt, s.recommendation,
         r.item_key AS itemKey, r.score, v.content
       FROM scorecards s JOIN scorecard_ratings r ON r.scorecard_id = s.id
       JOIN interviewers i ON i.id = s.interviewer_id
       JOIN interview_kit_versions v ON v.id = s.kit_version_id
       JOIN interview_kits k ON k.id = s.kit_id
       WHERE s.status = 'submitted' AND (@roleId IS NULL OR k.role_id = @roleId)
       ORDER BY s.id, r.item_key`,
    )
    .all({ roleId }) as RatingRow[];
  const cards: CalibrationCard[] = [];
  let last: string | null = null;
  for (const row of rows) {
    if (row.id !== last) {
      last = row.id;
      const { panelKey, interviewerId, interviewerName, submittedAt, recommendation } = row;
      cards.push({ panelKey, interviewerId, interviewerName, submittedAt, recommendation, ratings: [] });
    }
    const items = (JSON.parse(row.content) as { items: { key: string; name: string }[] }).items;
    const competency = items.find((item) => item.key === row.itemKey)?.name ?? row.itemKey;
    cards.at(-1)!.ratings.push({ competency, score: row.score });
  }
  return cards;
}

import type { CalibrationCard, InterviewerCalibration } from '#shared/interviews/calibration';
import { calibratePacked, type PackedCard } from '#shared/interviews/calibratePacked';
import type { Recommendation } from '#shared/interviews/model';
import type { ReadableDB } from '../../db/access';
import { findKitVersion } from './queries';
import { stmt } from './stmt';

/** A score as one character of a card's packed scores: '1'…'4', or '0' where none was given. */
const NO_SCORE = '0';

export type CardRow = [
  panelKey: string,
  /** Which items the card rates, in order: a row of calibration_layouts. */
  layoutId: number,
  interviewerId: string,
  submittedAt: string,
  recommendation: Recommendation | null,
  /** Their scores, one character each (NO_SCORE for none), in the layout's order. */
  scores: string,
];

/** A layout: the kit version and its item keys, as a JSON array, in the order of a card's scores. */
export type Layout = [versionId: string, itemKeys: string];

/**
 * Every role's submitted cards, one row each from calibration_cards (migrations 022–023, kept
 * in step by triggers), in card-id order; one role's through its kits, in the same order. The
 * order is the one calibration read them in before 022, so its sums come out the same.
 */
export const calibrationCardsSql = (byRole: boolean) =>
  `SELECT c.candidate_id || '/' || c.kit_id, c.layout_id, c.interviewer_id, c.submitted_at, c.recommendation, c.scores
     FROM ${byRole ? 'interview_kits k JOIN calibration_cards c ON c.kit_id = k.id AND k.role_id = @roleId' : 'calibration_cards c'}
     ORDER BY c.scorecard_id`;

/**
 * Every submitted scorecard (of one role, or all) with its ratings: one row per card, its
 * ratings packed into a layout and a string of scores. Ratings are keyed by the item's name so
 * that versions of a kit, and kits of a role, line up by competency.
 *
 * At a director's scale that is 50,000 short rows. Packed per card at open, through a join and
 * a GROUP BY over 250,000 ratings, it took 0.4–0.6 s an open; packed as each card is written
 * (migration 022), with the few dozen layouts kept apart (023), the read is a small part of
 * that. A card with no ratings is left out, as the join always did.
 */
export function calibrationCards(db: ReadableDB, roleId: string | null): CalibrationCard[] {
  const rows = stmt(db, calibrationCardsSql(roleId !== null))
    .raw()
    .all(roleId ? { roleId } : {}) as CardRow[];
  const layouts = new Map(
    (
      stmt(db, 'SELECT id, kit_version_id, item_keys FROM calibration_layouts').raw().all() as [
        number,
        string,
        string,
      ][]
    ).map(([id, versionId, itemKeys]) => [id, [versionId, itemKeys] as Layout]),
  );
  return cardsFromRows(db, rows, layouts);
}

/** Each layout's item keys named from its kit version (an item since gone keeps its key), indexed by layout id. */
function competenciesByLayout(db: ReadableDB): string[][] {
  const named: string[][] = [];
  for (const [id, versionId, itemKeys] of stmt(db, 'SELECT id, kit_version_id, item_keys FROM calibration_layouts')
    .raw()
    .all() as [number, string, string][]) {
    const byKey = new Map(findKitVersion(db, versionId)?.items.map((i) => [i.key, i.name]) ?? []);
    named[id] = (JSON.parse(itemKeys) as string[]).map((k) => byKey.get(k) ?? k);
  }
  return named;
}

/**
 * Calibration as the screen asks for it: calibrate() over calibrationCards(), less the panels
 * in `closed`, but worked straight from the packed rows (calibratePacked), with no card object
 * made per row: at a director's scale that was 50,000 cards and their rating arrays, a third
 * of the call.
 */
export function calibrationOf(db: ReadableDB, roleId: string | null, closed: Set<string>): InterviewerCalibration[] {
  const rows = stmt(db, calibrationCardsSql(roleId !== null))
    .raw()
    .all(roleId ? { roleId } : {}) as PackedCard[];
  const names = new Map(stmt(db, 'SELECT id, name FROM interviewers').raw().all() as [string, string][]);
  return calibratePacked(rows, competenciesByLayout(db), names, (panelKey) => closed.has(panelKey));
}

/** One item's rating as calibration reads it, for each score it can have: [none, 1, 2, 3, 4]. */
type RatingsByScore = CalibrationCard['ratings'][number][];

/** Packed rows as calibration's cards: item keys named from their kit version, scores unpacked. */
export function cardsFromRows(db: ReadableDB, rows: CardRow[], layouts: Map<number, Layout>): CalibrationCard[] {
  const interviewerNames = new Map(stmt(db, 'SELECT id, name FROM interviewers').raw().all() as [string, string][]);
  // A layout's competencies are worked out once, not parsed and looked up again for each of
  // 50,000 cards; each item's five possible ratings are made once too and shared by every card
  // that gives it that score (calibration only reads them): 250,000 objects fewer.
  const named = new Map<number, RatingsByScore[]>();
  const ratingsOf = (layoutId: number) => {
    let items = named.get(layoutId);
    if (!items) {
      const [versionId, itemKeys] = layouts.get(layoutId)!;
      const byKey = new Map(findKitVersion(db, versionId)?.items.map((i) => [i.key, i.name]) ?? []);
      items = (JSON.parse(itemKeys) as string[]).map((k) => {
        const competency = byKey.get(k) ?? k;
        return [null, 1, 2, 3, 4].map((score) => ({ competency, score }));
      });
      named.set(layoutId, items);
    }
    return items;
  };
  const ZERO = NO_SCORE.charCodeAt(0);
  return rows.map(([panelKey, layoutId, interviewerId, submittedAt, recommendation, scores]) => {
    const items = ratingsOf(layoutId);
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

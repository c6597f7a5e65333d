import type { ReadableDB } from '#electron/db/access';
import { calibrationCardsSql } from '#electron/domains/interviews/calibrationCards';
import { findKitVersion } from '#electron/domains/interviews/queries';
import { stmt } from '#electron/domains/interviews/stmt';
import type { InterviewerCalibration, MeanDiff } from '#shared/interviews/calibration';
import type { Recommendation } from '#shared/interviews/model';

/**
 * Calibration's rule over plain cards, as the app worked it out until 8fd74b6: the readable
 * reference the app's answer (calibratePacked, over packed rows) is held to, in
 * calibratePacked.test and calibrationInStep, to the last bit. With it, calibrationCards()
 * decodes calibration's packed rows into such cards, so tests can compare them with cards
 * made from the raw rating rows (calibrationFromRatings.ts).
 */

/** One submitted scorecard, as calibration sees it. `panelKey` groups one candidate's stage. */
export interface CalibrationCard {
  panelKey: string;
  interviewerId: string;
  interviewerName: string;
  submittedAt: string;
  recommendation: Recommendation | null;
  ratings: { competency: string; score: number | null }[];
}

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

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * A running sum and count of differences: their mean is all calibration shows. Kept instead
 * of the list of differences, which at a director's scale (250,000 ratings) was an array
 * entry per rating three times over and most of the handler's garbage. Added in the same
 * order a list would be summed, so the mean is the same to the last bit.
 */
interface Sum {
  sum: number;
  n: number;
}

function summarise({ sum, n }: Sum): MeanDiff {
  return { meanDiff: round(sum / n), compared: n };
}

function add<K>(map: Map<K, Sum>, key: K, value: number) {
  const total = map.get(key);
  if (total) {
    total.sum += value;
    total.n += 1;
  } else map.set(key, { sum: value, n: 1 });
}

/** A key's running total, begun at nothing (0 + x is x, to the bit) if it has none yet. */
function totalIn<K>(map: Map<K, Sum>, key: K): Sum {
  let total = map.get(key);
  if (!total) map.set(key, (total = { sum: 0, n: 0 }));
  return total;
}

/**
 * How each interviewer's scores sit against the rest of the panel. Each rating is compared
 * with the mean of the other interviewers' scores for the same item on the same panel; a
 * positive mean difference means they score higher than their colleagues. Pure; O(ratings).
 */
export function calibrate(cards: CalibrationCard[]): InterviewerCalibration[] {
  // Per panel and competency: sum and count of all scores, so "the others" is (sum − own) / (n − 1).
  // Nested maps rather than joined string keys: this runs over every rating of a role.
  const totals = new Map<string, Map<string, Sum>>();
  // Each scored rating's panel total, in the order the second pass meets them again: looked
  // up once per rating instead of twice (at a director's scale, 250,000 lookups saved).
  const totalOf: Sum[] = [];
  for (const card of cards) {
    let panel = totals.get(card.panelKey);
    if (!panel) totals.set(card.panelKey, (panel = new Map()));
    for (const r of card.ratings) {
      if (r.score === null) continue;
      let t = panel.get(r.competency);
      if (t) {
        t.sum += r.score;
        t.n += 1;
      } else panel.set(r.competency, (t = { sum: r.score, n: 1 }));
      totalOf.push(t);
    }
  }

  interface Acc {
    name: string;
    cards: number;
    strongYes: number;
    strongNo: number;
    all: Sum;
    byCompetency: Map<string, Sum>;
    byMonth: Map<string, Sum>;
  }
  const people = new Map<string, Acc>();
  let rated = 0;
  for (const card of cards) {
    let acc = people.get(card.interviewerId);
    if (!acc) {
      acc = {
        name: card.interviewerName,
        cards: 0,
        strongYes: 0,
        strongNo: 0,
        all: { sum: 0, n: 0 },
        byCompetency: new Map(),
        byMonth: new Map(),
      };
      people.set(card.interviewerId, acc);
    }
    acc.cards += 1;
    if (card.recommendation === 'strong_yes') acc.strongYes += 1;
    if (card.recommendation === 'strong_no') acc.strongNo += 1;
    // A card's ratings share its month: its total is found once, at the first one compared.
    let monthTotal: Sum | undefined;
    for (const r of card.ratings) {
      if (r.score === null) continue;
      const t = totalOf[rated++]!;
      if (t.n < 2) continue;
      const diff = r.score - (t.sum - r.score) / (t.n - 1);
      acc.all.sum += diff;
      acc.all.n += 1;
      add(acc.byCompetency, r.competency, diff);
      monthTotal ??= totalIn(acc.byMonth, card.submittedAt.slice(0, 7));
      monthTotal.sum += diff;
      monthTotal.n += 1;
    }
  }

  return [...people.entries()]
    .map(([id, acc]) => ({
      interviewerId: id,
      interviewerName: acc.name,
      scorecards: acc.cards,
      strongYesShare: round(acc.strongYes / acc.cards),
      strongNoShare: round(acc.strongNo / acc.cards),
      overall: acc.all.n ? summarise(acc.all) : null,
      byCompetency: [...acc.byCompetency.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([competency, total]) => ({ competency, ...summarise(total) })),
      byMonth: [...acc.byMonth.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([month, total]) => ({ month, ...summarise(total) })),
    }))
    .sort((a, b) => a.interviewerName.localeCompare(b.interviewerName));
}

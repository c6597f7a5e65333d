import type { Recommendation } from './model';

/** One submitted scorecard, as calibration sees it. `panelKey` groups one candidate's stage. */
export interface CalibrationCard {
  panelKey: string;
  interviewerId: string;
  interviewerName: string;
  submittedAt: string;
  recommendation: Recommendation | null;
  ratings: { competency: string; score: number | null }[];
}

export interface MeanDiff {
  /** Mean of (this interviewer's score − the mean of the others' scores on the same item). */
  meanDiff: number;
  /** How many ratings had someone else's to compare with. */
  compared: number;
}

export interface InterviewerCalibration {
  interviewerId: string;
  interviewerName: string;
  scorecards: number;
  strongYesShare: number;
  strongNoShare: number;
  /** null when no rating of theirs could be compared with another interviewer's. */
  overall: MeanDiff | null;
  byCompetency: ({ competency: string } & MeanDiff)[];
  /** By calendar month of submission, oldest first: how their lean moves over time. */
  byMonth: ({ month: string } & MeanDiff)[];
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

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

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const round = (x: number) => Math.round(x * 1000) / 1000;

function summarise(diffs: number[]): MeanDiff {
  return { meanDiff: round(mean(diffs)), compared: diffs.length };
}

function push<K>(map: Map<K, number[]>, key: K, value: number) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * How each interviewer's scores sit against the rest of the panel. Each rating is compared
 * with the mean of the other interviewers' scores for the same item on the same panel; a
 * positive mean difference means they score higher than their colleagues. Pure; O(ratings).
 */
export function calibrate(cards: CalibrationCard[]): InterviewerCalibration[] {
  // Per panel and competency: sum and count of all scores, so "the others" is (sum − own) / (n − 1).
  // Nested maps rather than joined string keys: this runs over every rating of a role.
  const totals = new Map<string, Map<string, { sum: number; n: number }>>();
  for (const card of cards) {
    let panel = totals.get(card.panelKey);
    if (!panel) totals.set(card.panelKey, (panel = new Map()));
    for (const r of card.ratings) {
      if (r.score === null) continue;
      const t = panel.get(r.competency);
      if (t) {
        t.sum += r.score;
        t.n += 1;
      } else panel.set(r.competency, { sum: r.score, n: 1 });
    }
  }

  interface Acc {
    name: string;
    cards: number;
    strongYes: number;
    strongNo: number;
    all: number[];
    byCompetency: Map<string, number[]>;
    byMonth: Map<string, number[]>;
  }
  const people = new Map<string, Acc>();
  for (const card of cards) {
    let acc = people.get(card.interviewerId);
    if (!acc) {
      acc = {
        name: card.interviewerName,
        cards: 0,
        strongYes: 0,
        strongNo: 0,
        all: [],
        byCompetency: new Map(),
        byMonth: new Map(),
      };
      people.set(card.interviewerId, acc);
    }
    acc.cards += 1;
    if (card.recommendation === 'strong_yes') acc.strongYes += 1;
    if (card.recommendation === 'strong_no') acc.strongNo += 1;
    const month = card.submittedAt.slice(0, 7);
    const panel = totals.get(card.panelKey)!;
    for (const r of card.ratings) {
      if (r.score === null) continue;
      const t = panel.get(r.competency)!;
      if (t.n < 2) continue;
      const diff = r.score - (t.sum - r.score) / (t.n - 1);
      acc.all.push(diff);
      push(acc.byCompetency, r.competency, diff);
      push(acc.byMonth, month, diff);
    }
  }

  return [...people.entries()]
    .map(([id, acc]) => ({
      interviewerId: id,
      interviewerName: acc.name,
      scorecards: acc.cards,
      strongYesShare: round(acc.strongYes / acc.cards),
      strongNoShare: round(acc.strongNo / acc.cards),
      overall: acc.all.length ? summarise(acc.all) : null,
      byCompetency: [...acc.byCompetency.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([competency, diffs]) => ({ competency, ...summarise(diffs) })),
      byMonth: [...acc.byMonth.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([month, diffs]) => ({ month, ...summarise(diffs) })),
    }))
    .sort((a, b) => a.interviewerName.localeCompare(b.interviewerName));
}

import type { InterviewerCalibration, MeanDiff } from './calibration';

/**
 * One submitted card as calibration_cards keeps it: its panel, its layout (an index into the
 * layouts given beside the rows), interviewer, submission, recommendation, and its scores one
 * character each, '1'…'4', '0' for none, in the layout's order.
 */
export type PackedCard = [
  panelKey: string,
  layout: number,
  interviewerId: string,
  submittedAt: string,
  recommendation: string | null,
  scores: string,
];

const round = (x: number) => Math.round(x * 1000) / 1000;
const meanDiff = (sum: number, n: number): MeanDiff => ({ meanDiff: round(sum / n), compared: n });
const ZERO = '0'.charCodeAt(0);

interface Person {
  name: string;
  cards: number;
  strongYes: number;
  strongNo: number;
  sum: number;
  n: number;
  /** By competency number: running sum and count of differences. */
  compSum: Float64Array;
  compN: Int32Array;
  /** Competency numbers in the order each was first compared, as a Map's keys would be. */
  compOrder: number[];
  byMonth: Map<string, { sum: number; n: number }>;
}

/**
 * How each interviewer's scores sit against the rest of the panel: each rating is compared
 * with the mean of the other interviewers' scores for the same item on the same panel; a
 * positive mean difference means they score higher than their colleagues.
 *
 * Worked straight from the packed rows, with no card objects in between. The same rule over
 * plain cards, calibrate() in test/support/calibrationReference.ts, is the readable version
 * the tests hold this one to, to the last bit (calibratePacked.test, and calibrationInStep
 * against the raw ratings). What it does per rating by name is done once per layout here: each layout's items
 * are competency numbers, so a panel's totals and an interviewer's sums are small arrays
 * indexed by number, not maps keyed by name. Scores are whole numbers, so a panel's sums are
 * exact either way; each interviewer's differences are added in the same order as before
 * (cards in the order given, ratings in layout order), so their means come out the same.
 *
 * `layouts[l]` names the competency of each of layout l's items; `names` the interviewers;
 * a card for which `skip` says yes is left out, as if it were not among the rows.
 */
export function calibratePacked(
  rows: PackedCard[],
  layouts: string[][],
  names: Map<string, string>,
  skip: (panelKey: string) => boolean,
): InterviewerCalibration[] {
  const competencies: string[] = [];
  const numberOf = new Map<string, number>();
  const itemsOf = layouts.map((items) =>
    Int32Array.from(items, (name) => {
      let c = numberOf.get(name);
      if (c === undefined) numberOf.set(name, (c = competencies.push(name) - 1));
      return c;
    }),
  );
  const C = competencies.length;

  // Per panel, flat [competency, sum, count, …] for each competency scored there: a panel
  // holds a handful, so a short scan finds one faster than a map would.
  const panels = new Map<string, number[]>();
  const cards: PackedCard[] = [];
  const panelOfCard: number[][] = [];
  for (const row of rows) {
    const panelKey = row[0];
    if (skip(panelKey)) continue;
    let panel = panels.get(panelKey);
    if (!panel) panels.set(panelKey, (panel = []));
    const items = itemsOf[row[1]]!;
    const scores = row[5];
    for (let i = 0; i < items.length; i++) {
      const score = scores.charCodeAt(i) - ZERO;
      if (score === 0) continue;
      const c = items[i]!;
      let at = 0;
      while (at < panel.length && panel[at] !== c) at += 3;
      if (at === panel.length) panel.push(c, score, 1);
      else {
        panel[at + 1]! += score;
        panel[at + 2]! += 1;
      }
    }
    cards.push(row);
    panelOfCard.push(panel);
  }

  const people = new Map<string, Person>();
  for (let k = 0; k < cards.length; k++) {
    const [, layout, interviewerId, submittedAt, recommendation, scores] = cards[k]!;
    let p = people.get(interviewerId);
    if (!p) {
      p = {
        name: names.get(interviewerId) ?? '',
        cards: 0,
        strongYes: 0,
        strongNo: 0,
        sum: 0,
        n: 0,
        compSum: new Float64Array(C),
        compN: new Int32Array(C),
        compOrder: [],
        byMonth: new Map(),
      };
      people.set(interviewerId, p);
    }
    p.cards += 1;
    if (recommendation === 'strong_yes') p.strongYes += 1;
    if (recommendation === 'strong_no') p.strongNo += 1;
    const panel = panelOfCard[k]!;
    const items = itemsOf[layout]!;
    let month: { sum: number; n: number } | undefined;
    for (let i = 0; i < items.length; i++) {
      const score = scores.charCodeAt(i) - ZERO;
      if (score === 0) continue;
      const c = items[i]!;
      let at = 0;
      while (panel[at] !== c) at += 3;
      const sum = panel[at + 1]!;
      const n = panel[at + 2]!;
      if (n < 2) continue;
      const diff = score - (sum - score) / (n - 1);
      p.sum += diff;
      p.n += 1;
      if (p.compN[c] === 0) p.compOrder.push(c);
      p.compSum[c]! += diff;
      p.compN[c]! += 1;
      if (!month) {
        const key = submittedAt.slice(0, 7);
        month = p.byMonth.get(key);
        if (!month) p.byMonth.set(key, (month = { sum: 0, n: 0 }));
      }
      month.sum += diff;
      month.n += 1;
    }
  }

  return [...people.entries()]
    .map(([id, p]) => ({
      interviewerId: id,
      interviewerName: p.name,
      scorecards: p.cards,
      strongYesShare: round(p.strongYes / p.cards),
      strongNoShare: round(p.strongNo / p.cards),
      overall: p.n ? meanDiff(p.sum, p.n) : null,
      byCompetency: p.compOrder
        .map((c) => ({ competency: competencies[c]!, ...meanDiff(p.compSum[c]!, p.compN[c]!) }))
        .sort((a, b) => a.competency.localeCompare(b.competency)),
      byMonth: [...p.byMonth.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([month, total]) => ({ month, ...meanDiff(total.sum, total.n) })),
    }))
    .sort((a, b) => a.interviewerName.localeCompare(b.interviewerName));
}

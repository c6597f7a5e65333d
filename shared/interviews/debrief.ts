import { RECOMMENDATIONS, type Recommendation } from './model';

/** A disagreement worth discussing first: two or more points apart on the 1–4 scale. */
export const DISAGREEMENT_POINTS = 2;

export interface DebriefItem {
  key: string;
  name: string;
}

export interface DebriefCard {
  interviewerId: string;
  interviewerName: string;
  recommendation: Recommendation | null;
  ratings: { itemKey: string; score: number | null; evidence: string }[];
}

export interface DebriefCell {
  interviewerId: string;
  score: number | null;
  evidence: string;
  /** Scored without evidence behind it. (A blank cell is an item not in that interviewer's kit version.) */
  missingEvidence: boolean;
}

export interface DebriefRow {
  itemKey: string;
  name: string;
  cells: DebriefCell[];
  min: number | null;
  max: number | null;
  /** max − min over the scores given; null when nobody scored this item. */
  spread: number | null;
  disagreement: boolean;
}

export interface DebriefSummary {
  interviewers: { id: string; name: string }[];
  /** Disagreements first (widest spread first), then the kit's own order. */
  rows: DebriefRow[];
  disagreements: string[];
  missingEvidence: { itemName: string; interviewerName: string }[];
  tally: Record<Recommendation, number>;
}

/**
 * Builds the competency × interviewer matrix from submitted scorecards. Pure. Written as
 * plain loops: it runs once per candidate when a role's debriefs are opened in turn, and
 * the intermediate arrays of a map/flatMap/spread version cost as much as its maths.
 */
export function summariseDebrief(items: DebriefItem[], cards: DebriefCard[]): DebriefSummary {
  const interviewers = cards.map((c) => ({ id: c.interviewerId, name: c.interviewerName }));
  const byCard = cards.map((c) => {
    const ratings = new Map<string, DebriefCard['ratings'][number]>();
    for (const r of c.ratings) ratings.set(r.itemKey, r);
    return ratings;
  });
  const rows: (DebriefRow & { order: number })[] = items.map((item, order) => {
    const cells: DebriefCell[] = new Array(cards.length);
    let min: number | null = null;
    let max: number | null = null;
    for (let i = 0; i < cards.length; i++) {
      const rating = byCard[i]!.get(item.key);
      const score = rating?.score ?? null;
      const evidence = rating?.evidence.trim() ?? '';
      cells[i] = {
        interviewerId: cards[i]!.interviewerId,
        score,
        evidence,
        missingEvidence: score !== null && evidence === '',
      };
      if (score !== null) {
        if (min === null || score < min) min = score;
        if (max === null || score > max) max = score;
      }
    }
    const spread = min === null || max === null ? null : max - min;
    return {
      itemKey: item.key,
      name: item.name,
      cells,
      min,
      max,
      spread,
      disagreement: spread !== null && spread >= DISAGREEMENT_POINTS,
      order,
    };
  });
  rows.sort(
    (a, b) =>
      Number(b.disagreement) - Number(a.disagreement) ||
      (b.disagreement ? (b.spread ?? 0) - (a.spread ?? 0) : 0) ||
      a.order - b.order,
  );

  const tally = Object.fromEntries(RECOMMENDATIONS.map((r) => [r, 0])) as Record<Recommendation, number>;
  for (const card of cards) if (card.recommendation) tally[card.recommendation] += 1;

  const names = new Map<string, string>();
  for (const i of interviewers) if (!names.has(i.id)) names.set(i.id, i.name);
  const missingEvidence: DebriefSummary['missingEvidence'] = [];
  const disagreements: string[] = [];
  const outRows: DebriefRow[] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const { order: _order, ...row } = rows[r]!;
    outRows[r] = row;
    if (row.disagreement) disagreements.push(row.name);
    for (const c of row.cells)
      if (c.missingEvidence) missingEvidence.push({ itemName: row.name, interviewerName: names.get(c.interviewerId)! });
  }
  return { interviewers, rows: outRows, disagreements, missingEvidence, tally };
}

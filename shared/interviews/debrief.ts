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

/** Builds the competency × interviewer matrix from submitted scorecards. Pure. */
export function summariseDebrief(items: DebriefItem[], cards: DebriefCard[]): DebriefSummary {
  const interviewers = cards.map((c) => ({ id: c.interviewerId, name: c.interviewerName }));
  const byCard = cards.map((c) => new Map(c.ratings.map((r) => [r.itemKey, r])));
  const rows: (DebriefRow & { order: number })[] = items.map((item, order) => {
    const cells = cards.map((card, i) => {
      const rating = byCard[i]!.get(item.key);
      const score = rating?.score ?? null;
      const evidence = rating?.evidence.trim() ?? '';
      return { interviewerId: card.interviewerId, score, evidence, missingEvidence: score !== null && evidence === '' };
    });
    const scores = cells.flatMap((c) => (c.score === null ? [] : [c.score]));
    const min = scores.length ? Math.min(...scores) : null;
    const max = scores.length ? Math.max(...scores) : null;
    const spread = min === null || max === null ? null : max - min;
    return { itemKey: item.key, name: item.name, cells, min, max, spread, disagreement: spread !== null && spread >= DISAGREEMENT_POINTS, order };
  });
  rows.sort((a, b) => Number(b.disagreement) - Number(a.disagreement) || (b.disagreement ? (b.spread ?? 0) - (a.spread ?? 0) : 0) || a.order - b.order);

  const tally = Object.fromEntries(RECOMMENDATIONS.map((r) => [r, 0])) as Record<Recommendation, number>;
  for (const card of cards) if (card.recommendation) tally[card.recommendation] += 1;

  const missingEvidence = rows.flatMap((row) =>
    row.cells.filter((c) => c.missingEvidence).map((c) => ({ itemName: row.name, interviewerName: interviewers.find((i) => i.id === c.interviewerId)!.name })),
  );
  return {
    interviewers,
    rows: rows.map(({ order: _order, ...row }) => row),
    disagreements: rows.filter((r) => r.disagreement).map((r) => r.name),
    missingEvidence,
    tally,
  };
}

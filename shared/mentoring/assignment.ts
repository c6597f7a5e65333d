/**
 * Optimal assignment of mentees to mentors: maximise the total match score, each mentee at
 * most one mentor, each mentor at most `capacity` mentees, never a forbidden pair.
 *
 * Reduced to the classic assignment problem: one column per unit of a mentor's capacity
 * ("slot") plus one "stay unassigned" column per mentee worth 0. A forbidden or zero-score
 * pair costs more than staying unassigned, so the optimum never uses one. Solved with the
 * Hungarian algorithm (shortest augmenting paths with potentials, O(n²·m)).
 */

/** Minimum-cost assignment of every row to a distinct column; needs rows ≤ columns. */
export function hungarian(cost: number[][]): number[] {
  const n = cost.length;
  if (n === 0) return [];
  const m = cost[0]!.length;
  if (m < n) throw new Error('hungarian: needs at least as many columns as rows');
  const INF = Number.POSITIVE_INFINITY;
  // 1-based arrays as in the textbook formulation; p[j] = row matched to column j.
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const p = new Array<number>(m + 1).fill(0);
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(INF);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost[i0 - 1]![j - 1]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else {
          minv[j] = minv[j]! - delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const rowToCol = new Array<number>(n).fill(-1);
  for (let j = 1; j <= m; j++) if (p[j]! > 0) rowToCol[p[j]! - 1] = j - 1;
  return rowToCol;
}

/**
 * `score[i][k]`: value of giving mentee i to mentor k, or null when forbidden. Returns for
 * each mentee the mentor index, or -1 for "no mentor".
 */
export function assignMentees(score: (number | null)[][], capacity: number[]): number[] {
  const mentees = score.length;
  if (mentees === 0) return [];
  // More slots than mentees can never be used; capping keeps the matrix small.
  const slots: number[] = [];
  capacity.forEach((c, k) => {
    for (let s = 0; s < Math.min(Math.max(0, c), mentees); s++) slots.push(k);
  });
  const cost = score.map((row) => [
    ...slots.map((k) => {
      const value = row[k];
      return value === null || value === undefined || value <= 0 ? 1 : -value;
    }),
    ...Array.from({ length: mentees }, () => 0),
  ]);
  const cols = hungarian(cost);
  return cols.map((col, i) => {
    if (col >= slots.length) return -1;
    const k = slots[col]!;
    const value = score[i]![k];
    return value === null || value === undefined || value <= 0 ? -1 : k;
  });
}

/** Sum of the scores an assignment earns (forbidden pairs count as invalid). */
export function totalScore(score: (number | null)[][], assignment: number[]): number {
  return assignment.reduce((sum, k, i) => (k < 0 ? sum : sum + (score[i]![k] ?? Number.NaN)), 0);
}

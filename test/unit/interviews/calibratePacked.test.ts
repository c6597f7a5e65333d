import { describe, expect, it } from 'vitest';
import { calibrate, type CalibrationCard } from '../../support/calibrationReference';
import { calibratePacked, type PackedCard } from '#shared/interviews/calibratePacked';

/** A small fixed-seed generator (mulberry32): the same cards on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Layouts share some competencies by name (versions of a kit, kits of a role), one names an
// item twice, and layout 1 is left unused: ids need not be dense.
const layouts: string[][] = [];
layouts[0] = ['Design', 'Code', 'Communication'];
layouts[2] = ['Code', 'Design'];
layouts[3] = ['Ownership', 'Code', 'Code', 'Écoute'];
const names = new Map([
  ['i1', 'Ann'],
  ['i2', 'bob'],
  ['i3', 'Cy'],
  ['i4', 'Ann'],
]); // i5 has no name: ''
const RECOMMENDATIONS = ['strong_yes', 'yes', 'no', 'strong_no', null] as const;

function packedCards(seed: number, count: number): PackedCard[] {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  return Array.from({ length: count }, () => {
    const layout = pick([0, 2, 3]);
    const scores = layouts[layout]!.map(() => pick(['0', '1', '2', '3', '4'])).join('');
    const month = `2026-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}`;
    return [
      `panel${Math.floor(next() * 60)}`,
      layout,
      pick(['i1', 'i2', 'i3', 'i4', 'i5']),
      `${month}-1${Math.floor(next() * 10)}T10:00:00Z`,
      pick(RECOMMENDATIONS),
      scores,
    ];
  });
}

/** The same rows as calibrate()'s cards: what the handler read before it worked from packed rows. */
const asCards = (rows: PackedCard[]): CalibrationCard[] =>
  rows.map(([panelKey, layout, interviewerId, submittedAt, recommendation, scores]) => ({
    panelKey,
    interviewerId,
    interviewerName: names.get(interviewerId) ?? '',
    submittedAt,
    recommendation: recommendation as CalibrationCard['recommendation'],
    ratings: layouts[layout]!.map((competency, i) => ({
      competency,
      score: scores[i] === '0' ? null : Number(scores[i]),
    })),
  }));

describe('calibration from packed rows', () => {
  it.each([1, 2, 3, 4, 5])('gives calibrate()’s answer to the last bit (seed %i)', (seed) => {
    const rows = packedCards(seed, 300);
    expect(calibratePacked(rows, layouts, names, () => false)).toStrictEqual(calibrate(asCards(rows)));
  });

  it('leaves out the panels it is told to, as if their cards were not there', () => {
    const rows = packedCards(9, 300);
    const closed = new Set(['panel3', 'panel7']);
    expect(calibratePacked(rows, layouts, names, (p) => closed.has(p))).toStrictEqual(
      calibrate(asCards(rows).filter((c) => !closed.has(c.panelKey))),
    );
  });

  it('answers nothing for no cards', () => {
    expect(calibratePacked([], layouts, names, () => false)).toEqual([]);
  });
});

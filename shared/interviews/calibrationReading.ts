import type { MeanDiff } from './calibration';

/**
 * What a difference from the panel means, on the 1–4 anchored scale. Interviewers who agree
 * still differ by a few tenths from card to card, so under half a point is in line with the
 * panel; and a lean seen on a handful of ratings may be the candidates, not the interviewer.
 * One home for both thresholds: the calibration screen's words and its chart use them.
 */
export const IN_LINE_WITHIN = 0.5;
export const RATINGS_TO_BE_SURE = 6;

export type Lean = 'higher' | 'lower' | 'in-line';

export interface CalibrationReading {
  lean: Lean;
  /** Enough ratings compared for the lean to say something about the interviewer. */
  sure: boolean;
  /** The reading in a manager's words, e.g. "Scores higher than the panel". */
  words: string;
}

const LEAN_WORDS: Record<Lean, string> = {
  higher: 'Scores higher than the panel',
  lower: 'Scores lower than the panel',
  'in-line': 'In line with the panel',
};

export function readCalibration(diff: MeanDiff): CalibrationReading {
  const lean: Lean =
    diff.meanDiff >= IN_LINE_WITHIN ? 'higher' : diff.meanDiff <= -IN_LINE_WITHIN ? 'lower' : 'in-line';
  const sure = diff.compared >= RATINGS_TO_BE_SURE;
  return { lean, sure, words: sure ? LEAN_WORDS[lean] : `${LEAN_WORDS[lean]}, on too few ratings to be sure` };
}

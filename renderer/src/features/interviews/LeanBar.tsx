import { IN_LINE_WITHIN, readCalibration } from '#shared/interviews/calibrationReading';
import type { MeanDiff } from '#shared/interviews/calibration';

/** The chart runs from two points below the panel to two above: a wider lean is drawn at the edge. */
const REACH = 2;
const at = (diff: number) => 50 + (Math.max(-REACH, Math.min(REACH, diff)) / REACH) * 50;

/** A difference from the panel in tenths, with its sign as a minus sign, not a hyphen: "−1.50", "+0.11", "±0.00". */
export const signed = (d: MeanDiff) =>
  `${d.meanDiff > 0 ? '+' : d.meanDiff < 0 ? '−' : '±'}${Math.abs(d.meanDiff).toFixed(2)}`;

/**
 * One interviewer's lean against the panel, drawn from the middle: the shaded band is "in
 * line" (IN_LINE_WITHIN either side), a bar leaving it is a lean worth talking about. Drawn
 * for the eye only: the words beside it say the same.
 */
export function LeanBar({ diff }: { diff: MeanDiff }) {
  const reading = readCalibration(diff);
  const from = Math.min(50, at(diff.meanDiff));
  const width = Math.abs(at(diff.meanDiff) - 50);
  return (
    <span className={`lean lean--${reading.lean}${reading.sure ? '' : ' lean--unsure'}`} aria-hidden="true">
      <span
        className="lean__band"
        style={{ left: `${at(-IN_LINE_WITHIN)}%`, width: `${at(IN_LINE_WITHIN) - at(-IN_LINE_WITHIN)}%` }}
      />
      <span className="lean__bar" style={{ left: `${from}%`, width: `${Math.max(width, 0.5)}%` }} />
      <span className="lean__zero" />
    </span>
  );
}

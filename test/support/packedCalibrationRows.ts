import type { ReadableDB } from '#electron/db/access';
import { cardsFromRows, type CardRow, type Layout } from './calibrationReference';
import type { Recommendation } from '#shared/interviews/model';

/** A card as migrations 020 and 022 packed it: its kit version and item keys in the row itself. */
export type InlineCardRow = [
  panelKey: string,
  versionId: string,
  interviewerId: string,
  submittedAt: string,
  recommendation: Recommendation | null,
  itemKeys: string,
  scores: string,
];

/**
 * Calibration's cards from rows read the way an earlier migration served them (its own test
 * keeps that read), each distinct kit version and item keys numbered as a layout of 023's.
 */
export function cardsFromInlineRows(db: ReadableDB, rows: InlineCardRow[]) {
  const numbers = new Map<string, number>();
  const layouts = new Map<number, Layout>();
  const laidOut = rows.map(([panelKey, versionId, interviewerId, submittedAt, recommendation, itemKeys, scores]) => {
    const key = `${versionId}\n${itemKeys}`;
    let id = numbers.get(key);
    if (id === undefined) {
      numbers.set(key, (id = numbers.size + 1));
      layouts.set(id, [versionId, itemKeys]);
    }
    return [panelKey, id, interviewerId, submittedAt, recommendation, scores] as CardRow;
  });
  return cardsFromRows(db, laidOut, layouts);
}

/** What stands between two steps of a place, for code that asks whether a place lies inside another. */
export const PLACE_STEP = ' › ';

/**
 * A place inside a file a person opened, as they would count it: list entries from 1
 * ("competencies › item 25 › level"), never the zero-based path a parser reports
 * (competencies.24.level). One home for every import message that names a position.
 */
export function placeInFile(path: readonly PropertyKey[]): string {
  return path
    .filter((step): step is string | number => typeof step !== 'symbol')
    .map((step) => (typeof step === 'number' ? `item ${step + 1}` : step))
    .join(PLACE_STEP);
}

/** Keeps the numbers of a zod issue path (list positions) as numbers, for placeInFile. */
export const pathSteps = (path: readonly PropertyKey[]): (string | number)[] =>
  path.filter((step): step is string | number => typeof step !== 'symbol');

import type { Level } from '#shared/ladders/model';
import type { LadderView } from '#shared/ladders/view';
import type { Person } from '#shared/people/model';

/** How a level column is marked when the ladder is opened for a person: their level, and the next one up. */
export type LevelMark = 'current' | 'next';

/** The person the ladder was opened for, where they sit on it, and the words that mark their columns. */
export interface LadderFor {
  name: string;
  trackId: string | null;
  marks: Map<string, LevelMark>;
}

/** Where a person sits on this ladder, or null when they are not on it (or have no level). */
export function ladderFor(person: Person | undefined, ladder: LadderView): LadderFor | null {
  if (!person || person.ladderId !== ladder.id || !person.level) return null;
  const level = ladder.outline.levels.find((l) => l.id === person.level);
  if (!level) return null;
  const ofTrack = ladder.outline.levels.filter((l) => l.track === level.track);
  const next = ofTrack[ofTrack.findIndex((l) => l.id === level.id) + 1];
  const marks = new Map<string, LevelMark>([[level.id, 'current']]);
  if (next) marks.set(next.id, 'next');
  return { name: person.name, trackId: level.track, marks };
}

/** The words beside a marked level's name: what a screen reader hears with every cell of the column. */
export function markWords(mark: LevelMark, name: string): string {
  return mark === 'current' ? `${name}’s level` : 'Next level';
}

/** "All levels", or two neighbouring levels side by side, named by the lower one's id. */
export type LevelsShown = 'all' | string;

/** The levels the matrix shows: all of the track's, or a chosen level and the one above it. */
export function shownLevels(levels: Level[], shown: LevelsShown): Level[] {
  if (shown === 'all') return levels;
  const at = levels.findIndex((l) => l.id === shown);
  return at === -1 ? levels : levels.slice(at, at + 2);
}

/** The pairs a manager can compare: each level with the next one up. */
export function neighbourPairs(levels: Level[]): { id: string; label: string }[] {
  return levels.slice(0, -1).map((l, i) => ({ id: l.id, label: `${l.name} and ${levels[i + 1]!.name}` }));
}

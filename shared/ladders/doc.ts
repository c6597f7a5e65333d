import type { Competency, Expectation, LadderDoc, Level } from './model';

/** Levels of one track, in ladder order (the order they appear in the document). */
export function levelsOfTrack(doc: Pick<LadderDoc, 'levels'>, trackId: string): Level[] {
  return doc.levels.filter((l) => l.track === trackId);
}

export function findLevel(doc: LadderDoc, levelId: string): Level | undefined {
  return doc.levels.find((l) => l.id === levelId);
}

/** The level after `levelId` on its track, or undefined at the top. */
export function nextLevel(doc: LadderDoc, levelId: string): Level | undefined {
  const level = findLevel(doc, levelId);
  if (!level) return undefined;
  const track = levelsOfTrack(doc, level.track);
  return track[track.findIndex((l) => l.id === levelId) + 1];
}

export function expectationOf(doc: LadderDoc, competencyId: string, levelId: string): Expectation | undefined {
  return doc.expectations.find((e) => e.competency === competencyId && e.level === levelId);
}

/** Competencies grouped by area, in document order; areas without competencies are kept. */
export function competenciesByArea<C extends Competency>(doc: {
  areas: LadderDoc['areas'];
  competencies: C[];
}): { area: LadderDoc['areas'][number]; competencies: C[] }[] {
  return doc.areas.map((area) => ({ area, competencies: doc.competencies.filter((c) => c.area === area.id) }));
}

/** Competencies that say something at a level: the ones a person at that level is rated on. */
export function competenciesAtLevel(doc: LadderDoc, levelId: string): Competency[] {
  return doc.competencies.filter((c) => expectationOf(doc, c.id, levelId));
}

/** A URL-safe key from a name, unique among `taken` (which it extends). */
export function slugify(name: string, taken: Set<string>, fallback = 'item'): string {
  const base =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || fallback;
  let key = base;
  for (let n = 2; taken.has(key); n += 1) key = `${base}-${n}`;
  taken.add(key);
  return key;
}

import { competenciesAtLevel, findLevel, nextLevel } from '#shared/ladders/doc';
import type { LadderDoc, Level } from '#shared/ladders/model';
import type { Coverage, CoverageLevel } from '#shared/evidence/model';
import type { Person } from '#shared/people/model';
import type { ReadableDB } from '../../db/access';
import { findLadder } from '../ladders/queries';
import { tagCounts } from './queries';

/** The person's ladder with their current level and the next one on their track (the target). */
export function ladderPlace(
  db: ReadableDB,
  person: Person,
): { doc: LadderDoc; name: string; current: Level | undefined; target: Level | undefined } | null {
  if (!person.ladderId) return null;
  const ladder = findLadder(db, person.ladderId);
  if (!ladder) return null;
  const current = person.level ? findLevel(ladder.doc, person.level) : undefined;
  return { doc: ladder.doc, name: ladder.name, current, target: current && nextLevel(ladder.doc, current.id) };
}

/**
 * For the current and the target level: every competency the level rates, with its evidence
 * in the period and the latest evidence ever (so a gap can say "nothing since June").
 * Evidence for anything else (free tags, competencies of other levels) is counted apart.
 */
export function coverageOf(db: ReadableDB, person: Person, from: string | null, to: string | null): Coverage {
  const counts = tagCounts(db, person.id, from, to);
  const place = ladderPlace(db, person);
  const levels: CoverageLevel[] = [];
  const shown = new Set<string>();
  if (place) {
    const areaName = new Map(place.doc.areas.map((a) => [a.id, a.name]));
    const roles: [Level | undefined, CoverageLevel['role']][] = [
      [place.current, 'current'],
      [place.target, 'target'],
    ];
    for (const [level, role] of roles) {
      if (!level) continue;
      const rows = competenciesAtLevel(place.doc, level.id).map((c) => {
        shown.add(c.id);
        const n = counts.get(c.id);
        return {
          competencyId: c.id,
          name: c.name,
          area: areaName.get(c.area) ?? '',
          count: n?.count ?? 0,
          lastSeenOn: n?.lastSeenOn ?? null,
        };
      });
      levels.push({ levelId: level.id, levelName: level.name, role, rows });
    }
  }
  const nameOf = new Map(place?.doc.competencies.map((c) => [c.id, c.name]));
  const tags = [...counts]
    .filter(([tag, n]) => !shown.has(tag) && n.count > 0)
    .map(([tag, n]) => ({ tag, name: nameOf.get(tag) ?? tag, count: n.count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { ladderName: place?.name ?? null, levels, tags };
}

import { slugify } from './doc';
import type { LadderDoc } from './model';

/** Edits the ladder screen makes, each returning a new document (the old one is untouched). */

export function setExpectation(
  doc: LadderDoc,
  competency: string,
  level: string,
  text: string,
  examples: string[],
): LadderDoc {
  const rest = doc.expectations.filter((e) => !(e.competency === competency && e.level === level));
  const trimmed = text.trim();
  if (!trimmed) return { ...doc, expectations: rest };
  const cleanExamples = examples.map((x) => x.trim()).filter(Boolean);
  const index = doc.expectations.findIndex((e) => e.competency === competency && e.level === level);
  const next = { competency, level, text: trimmed, examples: cleanExamples };
  const expectations = [...rest];
  expectations.splice(index === -1 ? expectations.length : index, 0, next);
  return { ...doc, expectations };
}

export function addCompetency(doc: LadderDoc, name: string, areaId: string | null, newAreaName: string): LadderDoc {
  let areas = doc.areas;
  let area = areaId;
  if (!area) {
    area = slugify(newAreaName, new Set(doc.areas.map((a) => a.id)), 'area');
    areas = [...areas, { id: area, name: newAreaName.trim(), description: '' }];
  }
  const id = slugify(name, new Set(doc.competencies.map((c) => c.id)), 'competency');
  return { ...doc, areas, competencies: [...doc.competencies, { id, area, name: name.trim(), description: '' }] };
}

/** Adds a level at the top of its track (levels are ordered by their place in the list). */
export function addLevel(doc: LadderDoc, name: string, track: string): LadderDoc {
  const id = slugify(name, new Set(doc.levels.map((l) => l.id)), 'level');
  const lastOfTrack = doc.levels.map((l) => l.track).lastIndexOf(track);
  const levels = [...doc.levels];
  levels.splice(lastOfTrack + 1, 0, { id, name: name.trim(), track });
  return { ...doc, levels };
}

export function removeCompetency(doc: LadderDoc, id: string): LadderDoc {
  return {
    ...doc,
    competencies: doc.competencies.filter((c) => c.id !== id),
    expectations: doc.expectations.filter((e) => e.competency !== id),
  };
}

export function renameLadder(doc: LadderDoc, name: string): LadderDoc {
  return { ...doc, name: name.trim() };
}

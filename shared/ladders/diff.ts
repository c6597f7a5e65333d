import { expectationOf } from './doc';
import type { LadderDoc } from './model';
import { sameScale, scaleOf } from './scale';

export interface LadderChange {
  kind: 'added' | 'removed' | 'changed';
  /** What changed, in words: "Level", "Competency", "Expectation". */
  part: string;
  label: string;
  before?: string;
  after?: string;
}

function byId<T extends { id: string; name: string }>(part: string, a: T[], b: T[], out: LadderChange[]): void {
  const before = new Map(a.map((x) => [x.id, x]));
  const after = new Map(b.map((x) => [x.id, x]));
  for (const [id, x] of after) {
    const old = before.get(id);
    if (!old) out.push({ kind: 'added', part, label: x.name });
    else if (old.name !== x.name) out.push({ kind: 'changed', part, label: x.name, before: old.name, after: x.name });
  }
  for (const [id, x] of before) if (!after.has(id)) out.push({ kind: 'removed', part, label: x.name });
}

/**
 * What changed from ladder version `a` to version `b`: parts added, removed or renamed,
 * and every expectation whose wording (or examples) changed. Ids are the identity.
 */
export function diffLadders(a: LadderDoc, b: LadderDoc): LadderChange[] {
  const out: LadderChange[] = [];
  if (a.name !== b.name)
    out.push({ kind: 'changed', part: 'Ladder name', label: b.name, before: a.name, after: b.name });
  const scaleWords = (doc: LadderDoc) =>
    scaleOf(doc)
      .steps.map((s) => s.name)
      .join(' · ');
  if (!sameScale(scaleOf(a), scaleOf(b)) || scaleWords(a) !== scaleWords(b))
    out.push({
      kind: 'changed',
      part: 'Rating scale',
      label: 'Rating scale',
      before: scaleWords(a),
      after: scaleWords(b),
    });
  byId('Track', a.tracks, b.tracks, out);
  byId('Level', a.levels, b.levels, out);
  byId('Area', a.areas, b.areas, out);
  byId('Competency', a.competencies, b.competencies, out);
  const name = (doc: LadderDoc, competency: string, level: string) =>
    `${doc.competencies.find((c) => c.id === competency)?.name ?? competency} at ${doc.levels.find((l) => l.id === level)?.name ?? level}`;
  for (const e of b.expectations) {
    const old = expectationOf(a, e.competency, e.level);
    const label = name(b, e.competency, e.level);
    if (!old) out.push({ kind: 'added', part: 'Expectation', label, after: e.text });
    else if (old.text !== e.text || old.examples.join('\n') !== e.examples.join('\n')) {
      out.push({ kind: 'changed', part: 'Expectation', label, before: old.text, after: e.text });
    }
  }
  for (const e of a.expectations) {
    if (!expectationOf(b, e.competency, e.level)) {
      out.push({ kind: 'removed', part: 'Expectation', label: name(a, e.competency, e.level), before: e.text });
    }
  }
  return out;
}

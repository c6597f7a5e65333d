import { ladderOfAssessment, type Assessment, type AssessmentRecord } from './assessment';
import { sameScale, stepIndex, stepName, type Rating } from './scale';

/**
 * How two snapshots relate. A rating means "against this level's bar, on this scale": only
 * when both snapshots share the level and the scale can one rating be higher than the other.
 */
export type Footing = 'same' | 'higher-level' | 'lower-level' | 'other-level' | 'other-ladder' | 'other-scale';

export interface ComparisonRow {
  competencyId: string;
  name: string;
  before: Rating | null;
  after: Rating | null;
  /** The ratings in the words of the scale each was made on. */
  beforeName: string | null;
  afterName: string | null;
  /** `rebased`: both rated, but against different bars, so neither up nor down. */
  change: 'up' | 'down' | 'same' | 'new' | 'gone' | 'rebased';
  /** The change in words, for the table. */
  words: string;
}

export interface Comparison {
  footing: Footing;
  /** When the footing is not the same: what changed between the snapshots, in a sentence. */
  note: string | null;
  rows: ComparisonRow[];
}

type Snapshot = Assessment | AssessmentRecord;

function levelOf(s: Snapshot) {
  const levels = ladderOfAssessment(s).levels;
  const level = levels.find((l) => l.id === s.levelId);
  return { name: level?.name ?? s.levelId, track: level?.track, index: level ? levels.indexOf(level) : -1 };
}

function footingOf(a: Snapshot, b: Snapshot): Footing {
  if (a.ladderId !== b.ladderId) return 'other-ladder';
  if (a.levelId !== b.levelId) {
    const x = levelOf(a);
    const y = levelOf(b);
    // Levels are ordered within their track (docs/ladder-format.md); across tracks there is no order.
    if (x.track === undefined || x.track !== y.track) return 'other-level';
    return y.index > x.index ? 'higher-level' : 'lower-level';
  }
  return sameScale(ladderOfAssessment(a).scale, ladderOfAssessment(b).scale) ? 'same' : 'other-scale';
}

function noteOf(footing: Footing, a: Snapshot, b: Snapshot): string | null {
  const from = levelOf(a).name;
  const to = levelOf(b).name;
  switch (footing) {
    case 'same':
      return null;
    case 'higher-level':
      return `The earlier assessment is against ${from}, the later one against ${to}, a higher level: the same rating there asks more, so a lower one is not a step back.`;
    case 'lower-level':
      return `The earlier assessment is against ${from}, the later one against ${to}, a lower level: the ratings are measured against different bars.`;
    case 'other-level':
      return `The earlier assessment is against ${from}, the later one against ${to}, on another track: the ratings are measured against different bars.`;
    case 'other-ladder':
      return `The assessments are on different ladders (${a.ladderName} and ${b.ladderName}): the ratings are measured against different bars.`;
    case 'other-scale':
      return `The ladder's rating scale changed between the assessments: each rating is shown in the words of the scale it was made on.`;
  }
}

/**
 * A rating measured against another bar, in words: on the same scale, how the step moved and
 * which way the bar moved ("Lower rating, higher bar"); otherwise only that the bar differs.
 */
function rebasedWords(footing: Exclude<Footing, 'same'>, delta: number | null): string {
  if (footing === 'other-ladder') return 'Another ladder';
  if (footing === 'other-scale') return 'Another scale';
  if (footing === 'other-level' || delta === null) return "Another track's bar";
  const rating = delta > 0 ? 'Higher rating' : delta < 0 ? 'Lower rating' : 'Same rating';
  return `${rating}, ${footing === 'higher-level' ? 'higher' : 'lower'} bar`;
}

const WORDS = { up: 'Up', down: 'Down', same: 'Same', new: 'Newly rated', gone: 'Not rated' } as const;

/** Competency by competency, what changed from snapshot `a` to snapshot `b`, honest about the bar. */
export function compareAssessments(a: Snapshot, b: Snapshot): Comparison {
  const footing = footingOf(a, b);
  const scaleA = ladderOfAssessment(a).scale;
  const scaleB = ladderOfAssessment(b).scale;
  const before = new Map(a.ratings.map((r) => [r.competencyId, r.rating]));
  const after = new Map(b.ratings.map((r) => [r.competencyId, r.rating]));
  const ids = [...new Set([...b.ratings.map((r) => r.competencyId), ...a.ratings.map((r) => r.competencyId)])];
  const names = new Map(
    [...ladderOfAssessment(a).competencies, ...ladderOfAssessment(b).competencies].map((c) => [c.id, c.name]),
  );
  const rows = ids.map((id): ComparisonRow => {
    const x = before.get(id) ?? null;
    const y = after.get(id) ?? null;
    let change: ComparisonRow['change'];
    // Steps only count against each other on one scale; whether that means up or down depends on the bar.
    const d =
      x !== null && y !== null && sameScale(scaleA, scaleB) ? stepIndex(scaleB, y) - stepIndex(scaleA, x) : null;
    if (x === null) change = 'new';
    else if (y === null) change = 'gone';
    else if (footing !== 'same') change = 'rebased';
    else change = d! > 0 ? 'up' : d! < 0 ? 'down' : 'same';
    return {
      competencyId: id,
      name: names.get(id) ?? id,
      before: x,
      after: y,
      beforeName: x === null ? null : stepName(scaleA, x),
      afterName: y === null ? null : stepName(scaleB, y),
      change,
      words: change === 'rebased' ? rebasedWords(footing as Exclude<Footing, 'same'>, d) : WORDS[change],
    };
  });
  return { footing, note: noteOf(footing, a, b), rows };
}

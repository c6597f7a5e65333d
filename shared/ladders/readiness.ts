import { plural } from '../format';
import { ladderOfAssessment, type Assessment, type AssessmentRecord } from './assessment';
import { expectationOf } from './doc';
import { barOf, countSteps, stepName, type Rating, type RatingScale, type RatingStep } from './scale';

export interface ReadinessItem {
  competencyId: string;
  name: string;
  rating: Rating | null;
  /** The rating in the scale's words, or null when not rated. */
  ratingName: string | null;
  evidence: number;
  /** What the next level asks of this competency, when it says anything (known from the whole document only). */
  nextExpectation: string | null;
}

export interface Readiness {
  levelName: string;
  nextLevelName: string | null;
  scale: RatingScale;
  /** Competencies rated on each step of the scale, lowest first. */
  counts: { step: RatingStep; count: number }[];
  unratedCount: number;
  total: number;
  /** Rated above the scale's bar: already showing signs of the next level. */
  strengths: ReadinessItem[];
  /** Rated below the scale's bar: where growth is still needed at the current level. */
  gaps: ReadinessItem[];
  unrated: ReadinessItem[];
  items: ReadinessItem[];
  /** One or two sentences that describe where they stand — a picture, not a verdict. */
  summary: string;
}

/**
 * Where a person stands against their level and the next, from one assessment: as the window
 * gets it, or with the whole document (the promotion case also quotes the next level).
 */
export function readiness(assessment: Assessment | AssessmentRecord): Readiness {
  const ladder = ladderOfAssessment(assessment);
  const level = ladder.levels.find((l) => l.id === assessment.levelId);
  const track = level ? ladder.levels.filter((l) => l.track === level.track) : [];
  const next = level ? track[track.indexOf(level) + 1] : undefined;
  const ratings = new Map(assessment.ratings.map((r) => [r.competencyId, r.rating]));
  const names = new Map(ladder.competencies.map((c) => [c.id, c.name]));
  const scale = ladder.scale;
  const items: ReadinessItem[] = ladder.expected.map(({ competencyId: id }) => ({
    competencyId: id,
    name: names.get(id) ?? id,
    rating: ratings.get(id) ?? null,
    ratingName: ratings.has(id) ? stepName(scale, ratings.get(id)!) : null,
    evidence: assessment.evidence.filter((e) => e.competencyIds.includes(id)).length,
    nextExpectation: next && 'doc' in assessment ? (expectationOf(assessment.doc, id, next.id)?.text ?? null) : null,
  }));
  const rated = items.flatMap((i) => (i.rating === null ? [] : [i.rating]));
  const counts = countSteps(scale, rated);
  const unratedCount = items.length - rated.length;
  const total = items.length;
  const strengths = items.filter((i) => i.rating !== null && barOf(scale, i.rating) === 'above');
  const parts = counts.filter((c) => c.count > 0).map((c) => `${c.step.name.toLowerCase()} in ${c.count}`);
  let summary =
    total === 0
      ? 'This level has no competencies to rate.'
      : `Of ${plural(total, 'competency', 'competencies')} at ${level?.name ?? assessment.levelId}: ${parts.join(', ') || 'none rated yet'}${unratedCount ? `; ${unratedCount} not rated` : ''}.`;
  if (next) {
    summary +=
      strengths.length > 0
        ? ` Already showing ${next.name} behaviour in ${plural(strengths.length, 'area')}.`
        : ` No competency is yet rated above the current level on the way to ${next.name}.`;
  } else {
    summary += ' This is the top level of the track.';
  }
  return {
    levelName: level?.name ?? assessment.levelId,
    nextLevelName: next?.name ?? null,
    scale,
    counts,
    unratedCount,
    total,
    strengths,
    gaps: items.filter((i) => i.rating !== null && barOf(scale, i.rating) === 'below'),
    unrated: items.filter((i) => i.rating === null),
    items,
    summary,
  };
}

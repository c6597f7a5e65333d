import { plural } from '../format';
import { ladderOfAssessment, type Assessment, type AssessmentRecord } from './assessment';
import { expectationOf } from './doc';
import { RATING_LABELS, RATINGS, type Rating } from './model';

export interface ReadinessItem {
  competencyId: string;
  name: string;
  rating: Rating | null;
  evidence: number;
  /** What the next level asks of this competency, when it says anything (known from the whole document only). */
  nextExpectation: string | null;
}

export interface Readiness {
  levelName: string;
  nextLevelName: string | null;
  counts: Record<Rating | 'unrated', number>;
  total: number;
  /** Rated exceeding: already showing signs of the next level. */
  strengths: ReadinessItem[];
  /** Rated working towards: where growth is still needed at the current level. */
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
  const items: ReadinessItem[] = ladder.expected.map(({ competencyId: id }) => ({
    competencyId: id,
    name: names.get(id) ?? id,
    rating: ratings.get(id) ?? null,
    evidence: assessment.evidence.filter((e) => e.competencyIds.includes(id)).length,
    nextExpectation: next && 'doc' in assessment ? (expectationOf(assessment.doc, id, next.id)?.text ?? null) : null,
  }));
  const counts = { working_towards: 0, meeting: 0, exceeding: 0, unrated: 0 };
  for (const item of items) counts[item.rating ?? 'unrated'] += 1;
  const total = items.length;
  const parts = RATINGS.filter((r) => counts[r] > 0).map((r) => `${RATING_LABELS[r].toLowerCase()} in ${counts[r]}`);
  let summary =
    total === 0
      ? 'This level has no competencies to rate.'
      : `Of ${plural(total, 'competency', 'competencies')} at ${level?.name ?? assessment.levelId}: ${parts.join(', ') || 'none rated yet'}${counts.unrated ? `; ${counts.unrated} not rated` : ''}.`;
  if (next) {
    summary +=
      counts.exceeding > 0
        ? ` Already showing ${next.name} behaviour in ${plural(counts.exceeding, 'area')}.`
        : ` No competency is yet rated above the current level on the way to ${next.name}.`;
  } else {
    summary += ' This is the top level of the track.';
  }
  return {
    levelName: level?.name ?? assessment.levelId,
    nextLevelName: next?.name ?? null,
    counts,
    total,
    strengths: items.filter((i) => i.rating === 'exceeding'),
    gaps: items.filter((i) => i.rating === 'working_towards'),
    unrated: items.filter((i) => i.rating === null),
    items,
    summary,
  };
}

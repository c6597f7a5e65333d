import { evidenceDraft } from '#shared/evidence/draft';
import type { DraftAudience, DraftKind, EvidenceDraft } from '#shared/evidence/model';
import { competenciesAtLevel } from '#shared/ladders/doc';
import { scaleOf, stepName } from '#shared/ladders/scale';
import type { Person } from '#shared/people/model';
import type { ReadableDB } from '../../db/access';
import { findAssessment } from '../ladders/assessmentQueries';
import { ladderPlace } from './coverage';
import { entriesInPeriod, tagCounts } from './queries';
import { fileSlug } from '../fileSlug';

const FILE_KINDS: Record<DraftKind, string> = { review: 'review', promotion: 'promotion-case' };

/** The latest assessment's ratings, by competency, in words. */
function latestRatings(db: ReadableDB, personId: string): { on: string | null; ratings: Map<string, string> } {
  const id = db
    .prepare('SELECT id FROM assessments WHERE person_id = ? ORDER BY assessed_on DESC, created_at DESC LIMIT 1')
    .pluck()
    .get(personId) as string | undefined;
  const a = id ? findAssessment(db, id) : undefined;
  if (!a) return { on: null, ratings: new Map() };
  // In the words of the scale the assessment was rated on, which may not be the ladder's today.
  const scale = scaleOf(a.doc);
  return { on: a.assessedOn, ratings: new Map(a.ratings.map((r) => [r.competencyId, stepName(scale, r.rating)])) };
}

/**
 * A review is about the person's current level, a promotion case about the next one on their
 * track (or the current one at the top). Without a ladder, the draft groups by free tag.
 */
export function draftFor(
  db: ReadableDB,
  person: Person,
  kind: DraftKind,
  audience: DraftAudience,
  from: string | null,
  to: string | null,
): EvidenceDraft {
  const place = ladderPlace(db, person);
  const level = place && (kind === 'promotion' ? (place.target ?? place.current) : place.current);
  const counts = tagCounts(db, person.id, from, to);
  const { on, ratings } = latestRatings(db, person.id);
  const competencies =
    place && level
      ? competenciesAtLevel(place.doc, level.id).map((c) => ({
          id: c.id,
          name: c.name,
          rating: ratings.get(c.id) ?? null,
          lastSeenOn: counts.get(c.id)?.lastSeenOn ?? null,
        }))
      : [];
  const entries = entriesInPeriod(db, person.id, from, to);
  const nameOf = new Map(place?.doc.competencies.map((c) => [c.id, c.name]));
  const otherNames = new Map<string, string>();
  for (const e of entries) for (const t of e.competencyIds) otherNames.set(t, nameOf.get(t) ?? t);
  const { markdown, leftOut } = evidenceDraft({
    kind,
    audience,
    personName: person.name,
    from,
    to,
    levelName: level?.name ?? null,
    ratedOn: on,
    competencies,
    otherNames,
    entries,
  });
  return {
    fileBaseName: `${fileSlug(person.name, 'person')}-${FILE_KINDS[kind]}${audience === 'shareable' ? '-shareable' : ''}`,
    markdown,
    leftOut,
  };
}

import { assignMentees } from '#shared/mentoring/assignment';
import {
  assessedGaps,
  exclusionReason,
  gapStrengths,
  normaliseTerm,
  scoreMatch,
  spareCapacity,
  suggestMentors,
  type MatchPerson,
} from '#shared/mentoring/matching';
import type { GroupProposal, Preferences } from '#shared/mentoring/model';
import type { ReadableDB } from '../../db/access';
import { conflict, invalid, notFound } from '../../ipc/domainError';
import type { HandlerMap } from '../../ipc/handlers';
import { findPerson } from '../people/queries';
import { latestAssessment } from './assessments';
import * as q from './queries';

type MatchChannel = 'mentoring.suggest' | 'mentoring.proposeGroup' | 'mentoring.acceptGroup';

function dedupe(terms: string[]): string[] {
  const seen = new Set<string>();
  return terms.filter((t) => {
    const key = normaliseTerm(t);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Focus areas of the mentee's most recent pair: what a re-match should keep working on. */
function latestFocus(db: ReadableDB, menteeId: string): string[] {
  const rows = db
    .prepare(
      `SELECT fa.name FROM mentoring_focus_areas fa
       WHERE fa.pair_id = (SELECT id FROM mentoring_pairs WHERE mentee_id = ? ORDER BY created_at DESC LIMIT 1)
       ORDER BY fa.position`,
    )
    .pluck()
    .all(menteeId) as string[];
  return rows;
}

function asMatchPerson(p: Preferences, extraWanted: string[] = []): MatchPerson {
  return { ...p, id: p.personId, interests: dedupe([...p.interests, ...extraWanted]) };
}

/** As a match person with their latest assessment: what scoring (gapSignal) reads. */
function assessedMatchPerson(db: ReadableDB, p: Preferences, extraWanted: string[] = []): MatchPerson {
  return { ...asMatchPerson(p, extraWanted), assessment: latestAssessment(db, p.personId) };
}

/** Everyone who offers to mentor; the rules decide who is allowed for whom. */
function mentorPool(db: ReadableDB, prefs: Preferences[]): MatchPerson[] {
  return prefs.filter((p) => p.wantsToMentor).map((p) => assessedMatchPerson(db, p));
}

function hasOpenPairAsMentee(db: ReadableDB, personId: string): boolean {
  return Boolean(db.prepare(`SELECT 1 FROM mentoring_pairs WHERE mentee_id = ? AND status <> 'ended'`).get(personId));
}

/** Assessed gaps the mentor exceeds on first, then wanted terms the mentor declares strong in. */
function focusFor(mentee: MatchPerson, mentor: MatchPerson): string[] {
  const strengths = new Set(mentor.strengths.map(normaliseTerm));
  const declared = mentee.interests.filter((t) => strengths.has(normaliseTerm(t)));
  return dedupe([...gapStrengths(mentee, mentor).map((g) => g.name), ...declared]).slice(0, 8);
}

function proposeGroup(db: ReadableDB): GroupProposal {
  const prefs = q.listPreferences(db);
  const mentors = mentorPool(db, prefs);
  // The same scores as suggestions: gapSignal reads the assessments attached here.
  const mentees = prefs
    .filter((p) => p.wantsMentor && !hasOpenPairAsMentee(db, p.personId))
    .map((p) => assessedMatchPerson(db, p, latestFocus(db, p.personId)));
  const keys = q.openPairKeys(db);
  const scores = mentees.map((mentee) =>
    mentors.map((mentor) => (exclusionReason(mentee, mentor, keys) ? null : scoreMatch(mentee, mentor).score)),
  );
  const chosen = assignMentees(scores, mentors.map(spareCapacity));
  const proposal: GroupProposal = { assignments: [], unassigned: [], totalScore: 0 };
  chosen.forEach((k, i) => {
    const mentee = mentees[i]!;
    const ref = { id: mentee.id, name: mentee.name };
    if (k < 0) {
      const why =
        mentee.interests.length || assessedGaps(mentee).length
          ? 'No mentor with room is strong in what they want to grow.'
          : 'Their preferences name nothing they want to grow.';
      proposal.unassigned.push({ mentee: ref, why });
      return;
    }
    const mentor = mentors[k]!;
    const { score, reasons } = scoreMatch(mentee, mentor);
    proposal.totalScore += score;
    proposal.assignments.push({
      mentee: ref,
      mentor: { id: mentor.id, name: mentor.name },
      score,
      reasons,
      focusAreas: focusFor(mentee, mentor),
    });
  });
  proposal.assignments.sort((a, b) => a.mentee.name.localeCompare(b.mentee.name));
  return proposal;
}

export const matchHandlers: HandlerMap<MatchChannel> = {
  'mentoring.suggest': (ctx, { menteeId }) => {
    const person = findPerson(ctx.db, menteeId);
    if (!person) throw notFound('person', 'menteeId');
    const prefs = q.findPreferences(ctx.db, menteeId);
    const base: Preferences = prefs ?? {
      personId: person.id,
      name: person.name,
      wantsToMentor: false,
      wantsMentor: true,
      strengths: [],
      interests: [],
      capacity: 0,
      managerId: null,
      managerName: null,
      openMentees: 0,
    };
    const mentee = assessedMatchPerson(ctx.db, base, latestFocus(ctx.db, menteeId));
    const suggestions = suggestMentors(mentee, mentorPool(ctx.db, q.listPreferences(ctx.db)), q.openPairKeys(ctx.db));
    return {
      mentee: { id: person.id, name: person.name },
      wanted: mentee.interests,
      gaps: mentee.assessment
        ? { assessedOn: mentee.assessment.assessedOn, names: assessedGaps(mentee).map((g) => g.name) }
        : null,
      hasPreferences: Boolean(prefs),
      suggestions: suggestions.map(({ mentorId, mentorName, score, reasons }) => ({
        mentorId,
        mentorName,
        score,
        reasons,
      })),
    };
  },
  'mentoring.proposeGroup': (ctx) => proposeGroup(ctx.db),
  'mentoring.acceptGroup': (ctx, { assignments, cadenceDays, startDate }) => {
    // Checked again here: the proposal may be stale (someone's capacity or pairs changed).
    const prefs = new Map(q.listPreferences(ctx.db).map((p) => [p.personId, p]));
    const used = new Map<string, number>();
    const mentees = new Set<string>();
    const now = ctx.now().toISOString();
    assignments.forEach(({ mentorId, menteeId }, i) => {
      const field = `assignments.${i}`;
      const mentor = prefs.get(mentorId);
      const mentee = prefs.get(menteeId);
      if (!mentor || !mentee) throw invalid(`Both people need mentoring preferences.`, field);
      if (mentees.has(menteeId)) throw invalid(`${mentee.name} is listed twice.`, field);
      mentees.add(menteeId);
      if (hasOpenPairAsMentee(ctx.db, menteeId)) throw conflict(`${mentee.name} already has a mentor.`, field);
      const why = exclusionReason(asMatchPerson(mentee), asMatchPerson(mentor), q.openPairKeys(ctx.db));
      if (why) throw conflict(`${mentor.name} ${why}.`, field);
      const taken = (used.get(mentorId) ?? 0) + 1;
      if (taken > spareCapacity(asMatchPerson(mentor))) {
        throw conflict(`${mentor.name} has no room for another mentee.`, field);
      }
      used.set(mentorId, taken);
      const focus = focusFor(
        assessedMatchPerson(ctx.db, mentee, latestFocus(ctx.db, menteeId)),
        assessedMatchPerson(ctx.db, mentor),
      );
      q.insertPair(
        ctx.db,
        {
          mentorId,
          menteeId,
          status: 'proposed',
          fields: {
            focusAreas: focus.map((name) => ({ name, competencyId: null })),
            goals: '',
            agreement: { expectations: '', cadenceDays, startDate, plannedEnd: null },
          },
        },
        now,
      );
    });
    return { created: assignments.length };
  },
};

import { formatDate, plural } from '../format';
/**
 * Match scoring: how well one mentor suits one mentee, and why.
 *
 * A score is the sum of independent *signals*, each returning points and the sentences that
 * explain them: the mentee's latest assessment gaps against the mentor's assessed strengths
 * (gapSignal), the mentee's wanted focus against the mentor's declared strengths, and shared
 * interests. Data is gathered in electron/; everything here is pure.
 */

/** One rated competency of a person's latest assessment, with its name in that ladder version. */
export interface AssessedCompetency {
  competencyId: string;
  name: string;
  rating: 'working_towards' | 'meeting' | 'exceeding';
}

/** A person's most recent assessment, reduced to what matching needs. */
export interface LatestAssessment {
  ladderId: string;
  assessedOn: string;
  ratings: AssessedCompetency[];
}

export interface MatchPerson {
  id: string;
  name: string;
  wantsToMentor: boolean;
  wantsMentor: boolean;
  strengths: string[];
  interests: string[];
  capacity: number;
  managerId: string | null;
  /** Open pairs this person mentors now. */
  openMentees: number;
  /** Latest assessment from the ladders domain; absent or null when never assessed. */
  assessment?: LatestAssessment | null;
}

export interface MatchScore {
  score: number;
  reasons: string[];
}

export type Signal = (mentee: MatchPerson, mentor: MatchPerson) => MatchScore;

export const normaliseTerm = (term: string) => term.trim().toLowerCase().replace(/\s+/g, ' ');

function overlap(wanted: string[], offered: string[]): string[] {
  const offeredSet = new Set(offered.map(normaliseTerm));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const term of wanted) {
    const key = normaliseTerm(term);
    if (offeredSet.has(key) && !seen.has(key)) {
      seen.add(key);
      out.push(term.trim());
    }
  }
  return out;
}

const quoteList = (terms: string[]) => terms.map((t) => `“${t}”`).join(', ');

/** 3 points for each thing the mentee wants to grow in that the mentor names as a strength. */
export const strengthSignal: Signal = (mentee, mentor) => {
  const hits = overlap(mentee.interests, mentor.strengths);
  return hits.length
    ? { score: 3 * hits.length, reasons: [`Strong in what ${mentee.name} wants to grow: ${quoteList(hits)}`] }
    : { score: 0, reasons: [] };
};

/** 1 point for each interest both share: common ground, a weaker signal than strength. */
export const sharedInterestSignal: Signal = (mentee, mentor) => {
  const hits = overlap(mentee.interests, mentor.interests);
  return hits.length
    ? { score: hits.length, reasons: [`Shared interests: ${quoteList(hits)}`] }
    : { score: 0, reasons: [] };
};

/** Points per assessed strength on an assessed gap: more than a declared strength (3). */
export const GAP_POINTS = 5;

/** Competencies the mentee's latest assessment rates "working towards", in rating order. */
export const assessedGaps = (mentee: MatchPerson): AssessedCompetency[] =>
  (mentee.assessment?.ratings ?? []).filter((r) => r.rating === 'working_towards');

/**
 * The mentee's gaps where the mentor's latest assessment says "exceeding". Same ladder: the
 * competency id decides (names may be edited between versions, ids stay). Different ladders:
 * the competency names, compared case- and space-insensitively.
 *
 * Only "exceeding" counts as a strength. "Meeting" at a higher level would also be one, but
 * levels only compare within one track of one ladder, and a mentor merely meeting the bar is
 * a weaker claim than what a declared strength already scores; keeping one rule keeps the
 * reason text honest and the score easy to check by hand.
 */
export function gapStrengths(mentee: MatchPerson, mentor: MatchPerson): AssessedCompetency[] {
  const gaps = assessedGaps(mentee);
  const theirs = mentor.assessment;
  if (!gaps.length || !theirs) return [];
  const sameLadder = theirs.ladderId === mentee.assessment!.ladderId;
  const exceeding = new Set(
    theirs.ratings
      .filter((r) => r.rating === 'exceeding')
      .map((r) => (sameLadder ? r.competencyId : normaliseTerm(r.name))),
  );
  return gaps.filter((g) => exceeding.has(sameLadder ? g.competencyId : normaliseTerm(g.name)));
}

/** GAP_POINTS for each gap of the mentee's latest assessment that the mentor's latest exceeds. */
export const gapSignal: Signal = (mentee, mentor) => {
  const hits = gapStrengths(mentee, mentor);
  const on = mentee.assessment?.assessedOn;
  return {
    score: GAP_POINTS * hits.length,
    reasons: hits.map(
      (g) =>
        `Exceeding on ${g.name}, where ${mentee.name} is working towards it (assessment of ${on ? formatDate(on) : 'an unknown day'})`,
    ),
  };
};

export const SIGNALS: Signal[] = [gapSignal, strengthSignal, sharedInterestSignal];

export function scoreMatch(mentee: MatchPerson, mentor: MatchPerson, signals: Signal[] = SIGNALS): MatchScore {
  const parts = signals.map((s) => s(mentee, mentor));
  return { score: parts.reduce((n, p) => n + p.score, 0), reasons: parts.flatMap((p) => p.reasons) };
}

/**
 * Why `mentor` may never be suggested for `mentee`, or null if they may. `openPairKeys` holds
 * "mentorId:menteeId" of pairs that are already open.
 */
export function exclusionReason(
  mentee: MatchPerson,
  mentor: MatchPerson,
  openPairKeys: ReadonlySet<string>,
): string | null {
  if (mentor.id === mentee.id) return 'is the mentee';
  if (mentee.managerId === mentor.id) return "is the mentee's manager";
  if (!mentor.wantsToMentor) return 'does not want to mentor';
  if (openPairKeys.has(`${mentor.id}:${mentee.id}`)) return 'is already paired with this mentee';
  return null;
}

export const spareCapacity = (mentor: MatchPerson) => Math.max(0, mentor.capacity - mentor.openMentees);

export interface Suggestion {
  mentorId: string;
  mentorName: string;
  score: number;
  reasons: string[];
  spare: number;
}

/** Ranked mentors for one mentee: allowed, with room, and with at least one reason. */
export function suggestMentors(
  mentee: MatchPerson,
  mentors: MatchPerson[],
  openPairKeys: ReadonlySet<string>,
  signals: Signal[] = SIGNALS,
): Suggestion[] {
  const out: Suggestion[] = [];
  for (const mentor of mentors) {
    if (exclusionReason(mentee, mentor, openPairKeys) || spareCapacity(mentor) === 0) continue;
    const { score, reasons } = scoreMatch(mentee, mentor, signals);
    if (score <= 0) continue;
    const spare = spareCapacity(mentor);
    out.push({
      mentorId: mentor.id,
      mentorName: mentor.name,
      score,
      reasons: [...reasons, `Room for ${plural(spare, 'more mentee')}`],
      spare,
    });
  }
  return out.sort((a, b) => b.score - a.score || b.spare - a.spare || a.mentorName.localeCompare(b.mentorName));
}

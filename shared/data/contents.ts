import { plural } from '../format';

/**
 * What a backup or an export holds, in a manager's words: the things they would look for
 * ("7 people", "41 1:1s", "9 scorecards"), never the tables that store them. Tables that
 * hang off these (ladder versions, ratings, evidence, focus areas…) come with their parent
 * and are not counted apart.
 */
const KINDS: readonly { table: string; one: string; other?: string }[] = [
  { table: 'people', one: 'person', other: 'people' },
  { table: 'teams', one: 'team' },
  { table: 'oo_meetings', one: '1:1' },
  { table: 'oo_items', one: 'agenda item or action', other: 'agenda items and actions' },
  { table: 'goals', one: 'stretch goal' },
  { table: 'ladders', one: 'career ladder' },
  { table: 'assessments', one: 'assessment' },
  { table: 'mentoring_pairs', one: 'mentoring pair' },
  { table: 'mentoring_sessions', one: 'mentoring session' },
  { table: 'interview_roles', one: 'interview role' },
  { table: 'candidates', one: 'candidate' },
  { table: 'scorecards', one: 'scorecard' },
];

/** Each kind of record the counts hold, as "N things", in a fixed order; kinds with none are left out. */
export function describeContents(counts: Readonly<Record<string, number>>): string[] {
  return KINDS.filter((k) => (counts[k.table] ?? 0) > 0).map((k) => plural(counts[k.table]!, k.one, k.other));
}

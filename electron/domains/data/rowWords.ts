import { formatDate, quoted } from '#shared/format';
import type { Row } from './rules/check';

/**
 * A record of a full export named as the screens name it, for a refusal shown to the manager:
 * "Person 2 (“Priya”)", "The 1:1 on Thu 3 Dec 2026 with Priya", "Scorecard 3 for “Cleo Park”"
 * — never "tables.people, row 2". Names and titles are fine on screen; note text never goes
 * into these words (they may reach a log through an error), only names, titles and dates.
 */

/** What one record of each table is, counted from 1 in the file. */
const NOUNS: Record<string, string> = {
  people: 'person',
  teams: 'team',
  oo_series: '1:1 series',
  oo_meetings: '1:1',
  oo_items: 'agenda item or action',
  oo_meeting_items: 'place of an item on a 1:1 agenda',
  oo_meeting_tags: '1:1 topic tag',
  oo_recurring: 'recurring agenda item',
  oo_templates: '1:1 template',
  qb_questions: 'question',
  qb_asked: 'question asked at a 1:1',
  ladders: 'ladder',
  ladder_versions: 'ladder version',
  assessments: 'assessment',
  assessment_ratings: 'assessment rating',
  assessment_evidence: 'piece of assessment evidence',
  goals: 'goal',
  goal_checkins: 'goal check-in',
  evidence_entries: 'evidence entry',
  evidence_competencies: 'competency of an evidence entry',
  evidence_tags: 'evidence tag',
  mentoring_pairs: 'mentoring pair',
  mentoring_sessions: 'mentoring session',
  mentoring_focus_areas: 'mentoring focus area',
  mentoring_preferences: 'set of mentoring preferences',
  mentoring_session_progress: 'progress note of a mentoring session',
  candidates: 'candidate',
  scorecards: 'scorecard',
  scorecard_ratings: 'scorecard rating',
  scorecard_amendments: 'scorecard amendment',
  interview_roles: 'interview role',
  interview_kits: 'interview kit',
  interview_kit_versions: 'interview kit version',
  interview_competencies: 'interview competency',
  interview_decisions: 'hiring decision',
  interviewers: 'interviewer',
  interview_prefs: 'interview setting',
  cal_series: 'calendar link of a 1:1 series',
  cal_exceptions: 'calendar change to a 1:1',
  cal_addresses: 'calendar address',
  reminders_fired: 'reminder',
  sample_rows: 'sample team record',
};

/** Columns whose name alone does not say what they hold. */
const COLUMN_WORDS: Record<string, string> = {
  doc: 'ladder',
  slot_date: 'date in the series',
  starts_at: 'start time',
  time_zone: 'time zone',
  content: 'questions and scores',
  items: 'agenda',
  origin_meeting_id: 'source 1:1',
  kit_version_id: 'interview kit version',
  current_version_id: 'current version',
  entry_seq: 'evidence entry',
  seq: 'position',
  submitted_at: 'submitted date',
  created_at: 'created date',
  updated_at: 'last change',
  held_at: 'held time',
  closed_at: 'closed time',
  decided_at: 'decision time',
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A column of a record in words: "submitted_at" → "submitted at", "goal_id" → "goal". */
export function columnWords(column: string): string {
  return COLUMN_WORDS[column] ?? column.replace(/_id$/, '').replace(/_/g, ' ');
}

/** What the file holds of one table in words, for a table Cairn has no noun for: "the file's records". */
export const tableNoun = (table: string): string => NOUNS[table] ?? 'record';

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const day = (value: unknown) => (text(value) ? formatDate(String(value).slice(0, 10), { year: 'always' }) : undefined);

/** Names records of one export file, looking up the people and candidates they belong to. */
export class RowWords {
  private readonly names = new Map<string, Map<unknown, string>>();

  constructor(private readonly tables: Record<string, Row[]>) {}

  /** The name of the record `id` of `table`, by its name column (people by the name they go by). */
  private nameOf(table: string, id: unknown, column = 'name'): string | undefined {
    let names = this.names.get(table);
    if (!names) {
      names = new Map();
      for (const row of this.tables[table] ?? []) {
        const name = table === 'people' ? (text(row.preferred_name) ?? text(row.name)) : text(row[column]);
        if (name) names.set(row.id, name);
      }
      this.names.set(table, names);
    }
    return names.get(id);
  }

  private person(row: Row, column = 'person_id'): string {
    return this.nameOf('people', row[column]) ?? 'someone not in the file';
  }

  /** "Person 2 (“Priya”)", "The 1:1 on Thu 3 Dec 2026 with Priya", "Goal 1 (“Lead on-call”) of Amara". */
  describe(table: string, index: number): string {
    const row = this.tables[table]?.[index] ?? {};
    const numbered = `${capitalise(tableNoun(table))} ${index + 1}`;
    const named = (name: string | undefined) => (name ? `${numbered} (${quoted(name)})` : numbered);
    switch (table) {
      case 'people':
        return named(text(row.preferred_name) ?? text(row.name));
      case 'teams':
      case 'ladders':
      case 'oo_templates':
      case 'candidates':
      case 'interviewers':
        return named(text(row.name));
      case 'interview_roles':
        return named(text(row.title));
      case 'oo_series':
        return `The 1:1 series with ${this.person(row)}`;
      case 'oo_meetings':
        return `The 1:1 ${day(row.slot_date) ? `on ${day(row.slot_date)} ` : ''}with ${this.person(row)}`;
      case 'oo_items':
        return `${row.kind === 'action' ? 'An action' : 'An agenda item'} of ${this.person(row)}'s 1:1s (record ${index + 1})`;
      case 'goals':
        return `${named(text(row.title))} of ${this.person(row)}`;
      case 'assessments':
        return `The assessment of ${this.person(row)}${day(row.assessed_on) ? ` on ${day(row.assessed_on)}` : ''}`;
      case 'evidence_entries':
        return `${numbered} about ${this.person(row)}${day(row.seen_on) ? `, seen on ${day(row.seen_on)}` : ''}`;
      case 'mentoring_pairs':
        return `The mentoring pair of ${this.person(row, 'mentor_id')} and ${this.person(row, 'mentee_id')}`;
      case 'scorecards': {
        const candidate = this.nameOf('candidates', row.candidate_id);
        return candidate ? `${numbered} for ${quoted(candidate)}` : numbered;
      }
      case 'ladder_versions': {
        const ladder = this.nameOf('ladders', row.ladder_id);
        return `Version ${typeof row.number === 'number' ? row.number : index + 1} of the ladder${ladder ? ` ${quoted(ladder)}` : ''}`;
      }
      default:
        return numbered;
    }
  }
}

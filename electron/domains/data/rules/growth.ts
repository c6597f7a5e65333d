import { z } from 'zod';
import { checkInFieldsSchema, goalFieldsSchema } from '#shared/goals/model';
import { EVIDENCE_SOURCE_KINDS, evidenceFieldsSchema, evidenceTagSchema } from '#shared/evidence/model';
import {
  agreementSchema,
  focusAreaInputSchema,
  PAIR_STATUSES,
  preferencesFieldsSchema,
  sessionInputSchema,
  setStatusSchema,
} from '#shared/mentoring/model';
import { columnsMatch, days, fieldsMatch, firstProblem, moments, samePerson, type TableRules } from './check';

/** Goals, mentoring and the evidence log: the rows of a person's growth. */
export const growthRules: Record<string, TableRules> = {
  goals: {
    own: (row) =>
      firstProblem(
        () =>
          fieldsMatch(row, goalFieldsSchema, {
            title: 'title',
            why: 'why',
            ladderId: 'ladder_id',
            targetLevel: 'target_level',
            competencyIds: { column: 'competency_ids', read: 'json' },
            successCriteria: 'success_criteria',
            dueDate: 'due_date',
            status: 'status',
          }),
        () => moments(row, 'created_at', 'updated_at'),
      ),
  },
  goal_checkins: {
    own: (row) =>
      firstProblem(
        () => fieldsMatch(row, checkInFieldsSchema, { checkedOn: 'checked_on', note: 'note' }),
        () => moments(row, 'created_at'),
      ),
    links: (row, { db }) => samePerson(db, row, 'goal_id', 'SELECT person_id FROM goals WHERE id = ?', 'a goal'),
  },
  mentoring_pairs: {
    own: (row) =>
      firstProblem(
        () =>
          fieldsMatch(row, agreementSchema, {
            expectations: 'expectations',
            cadenceDays: 'cadence_days',
            startDate: 'start_date',
            plannedEnd: 'planned_end',
          }),
        () =>
          columnsMatch(row, {
            status: z.enum(PAIR_STATUSES, { message: 'must be one of the pair statuses' }),
            end_reason: setStatusSchema.shape.reason,
          }),
        () => days(row, 'ended_on'),
        () => moments(row, 'created_at', 'updated_at'),
      ),
  },
  mentoring_focus_areas: {
    own: (row) => fieldsMatch(row, focusAreaInputSchema, { name: 'name', competencyId: 'competency_id' }),
  },
  mentoring_sessions: {
    own: (row) =>
      firstProblem(
        () =>
          columnsMatch(row, {
            date: sessionInputSchema.shape.date,
            notes: sessionInputSchema.shape.notes,
            takeaways: sessionInputSchema.shape.takeaways,
            fit: sessionInputSchema.shape.fit,
          }),
        () => moments(row, 'created_at'),
      ),
  },
  mentoring_session_progress: {
    links: (row, { db }) => {
      const session = db.prepare('SELECT pair_id FROM mentoring_sessions WHERE id = ?').pluck().get(row.session_id);
      const area = db.prepare('SELECT pair_id FROM mentoring_focus_areas WHERE id = ?').pluck().get(row.focus_area_id);
      return session === undefined || area === undefined || session === area
        ? null
        : { field: 'focus_area_id', message: "is a focus area of another mentoring pair than the session's" };
    },
  },
  mentoring_preferences: {
    own: (row) =>
      firstProblem(
        () =>
          fieldsMatch(row, preferencesFieldsSchema, {
            wantsToMentor: { column: 'wants_to_mentor', read: 'boolean' },
            wantsMentor: { column: 'wants_mentor', read: 'boolean' },
            strengths: { column: 'strengths', read: 'json' },
            interests: { column: 'interests', read: 'json' },
            capacity: 'capacity',
            managerId: 'manager_id',
          }),
        () => moments(row, 'updated_at'),
      ),
  },
  evidence_entries: {
    own: (row) =>
      firstProblem(
        () =>
          columnsMatch(row, {
            happened: evidenceFieldsSchema.shape.happened,
            shows: evidenceFieldsSchema.shape.shows,
            seen_on: evidenceFieldsSchema.shape.seenOn,
            shareable: evidenceFieldsSchema.shape.shareable,
            source_kind: z.enum(EVIDENCE_SOURCE_KINDS, { message: 'must be one of the places evidence is seen' }),
          }),
        () => days(row, 'source_on'),
        () => moments(row, 'created_at', 'updated_at'),
      ),
    // A passage quoted from a 1:1 links back to it: never to another person's meeting.
    links: (row, { db }) =>
      row.source_kind === 'one_on_one'
        ? samePerson(db, row, 'source_id', 'SELECT person_id FROM oo_meetings WHERE id = ?', 'a 1:1')
        : null,
  },
  evidence_tags: {
    own: (row) => columnsMatch(row, { tag: evidenceTagSchema, seen_on: evidenceFieldsSchema.shape.seenOn }),
    links: (row, { db }) =>
      samePerson(db, row, 'entry_seq', 'SELECT person_id FROM evidence_entries WHERE seq = ?', 'an evidence entry'),
  },
};

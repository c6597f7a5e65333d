import { z } from 'zod';
import { isoDateSchema } from '#shared/schemas/fields';
import {
  addItemSchema,
  ITEM_STATES,
  meetingDetailsSchema,
  MEETING_STATUSES,
  moveSchema,
  queueSchema,
  saveNotesSchema,
  seriesFieldsSchema,
  tagSchema,
  templateFieldsSchema,
} from '#shared/oneOnOnes/model';
import type { ReadableDB } from '../../../db/access';
import { findMeeting, isLocked } from '../../oneOnOnes/queries';
import { sealOf, type NoteSeal } from '../noteSeals';
import { columnsMatch, days, fieldsMatch, firstProblem, moments, ref, samePerson, type TableRules } from './check';

const MEETING_PERSON = 'SELECT person_id FROM oo_meetings WHERE id = ?';

/**
 * A meeting Cairn shows read-only (a later one was held), or unlocked with no edit since: its
 * notes are what they were when exported, or the file was edited outside Cairn.
 */
function notesAsSealed(db: ReadableDB, id: string, seal: NoteSeal | undefined) {
  const m = findMeeting(db, id);
  if (!m) return null;
  const readOnly = isLocked(db, m) || (m.unlocked_at !== null && m.edited_after_unlock_at === null);
  if (!readOnly) return null;
  for (const field of ['shared_notes', 'private_notes'] as const) {
    if (seal?.[field] !== sealOf(m[field]))
      return {
        field,
        message:
          'are not the notes Cairn exported for this 1:1, which is read-only (a later 1:1 was held) and carries no edit stamp',
      };
  }
  return null;
}

/** `seals`: from the file, or null for an export made before Cairn sealed notes. */
export function oneOnOnesRules(seals: Record<string, NoteSeal> | null): Record<string, TableRules> {
  return {
    oo_series: {
      own: (row) =>
        firstProblem(
          () =>
            fieldsMatch(row, seriesFieldsSchema, {
              personId: 'person_id',
              cadence: 'cadence',
              everyDays: 'every_days',
              firstDate: 'first_date',
              time: 'time',
              timeZone: 'time_zone',
              monthlyBy: 'monthly_by',
            }),
          () => moments(row, 'created_at', 'updated_at'),
        ),
    },
    oo_meetings: {
      own: (row) =>
        firstProblem(
          () =>
            columnsMatch(row, {
              slot_date: isoDateSchema,
              date: moveSchema.shape.date,
              time: moveSchema.shape.time,
              time_zone: seriesFieldsSchema.shape.timeZone,
              status: z.enum(MEETING_STATUSES, { message: 'must be scheduled, held, skipped or moved' }),
              shared_notes: saveNotesSchema.shape.sharedNotes,
              private_notes: saveNotesSchema.shape.privateNotes,
              mood: meetingDetailsSchema.shape.mood,
            }),
          () =>
            (row.status === 'moved') === (row.moved_to !== null)
              ? days(row, 'moved_to')
              : { field: 'moved_to', message: 'must be the day a moved 1:1 moved to, and only for a moved one' },
          () =>
            moments(row, 'starts_at', 'held_at', 'unlocked_at', 'edited_after_unlock_at', 'created_at', 'updated_at'),
        ),
      links: (row, { db }) => (seals === null ? null : notesAsSealed(db, String(row.id), seals[String(row.id)])),
    },
    oo_items: {
      own: (row) =>
        firstProblem(
          () =>
            fieldsMatch(row, addItemSchema.omit({ meetingId: true }), {
              kind: 'kind',
              side: 'side',
              text: 'text',
              dueDate: 'due_date',
            }),
          () => columnsMatch(row, { state: z.enum(ITEM_STATES, { message: 'must be open, done or dropped' }) }),
          () => moments(row, 'closed_at', 'created_at', 'updated_at'),
        ),
      links: (row, { db }) =>
        firstProblem(
          () => samePerson(db, row, 'origin_meeting_id', MEETING_PERSON, 'a 1:1'),
          () =>
            samePerson(db, row, 'recurring_id', 'SELECT person_id FROM oo_recurring WHERE id = ?', 'a recurring item'),
        ),
    },
    oo_meeting_items: {
      links: (row, { db }) => {
        const item = db.prepare('SELECT person_id FROM oo_items WHERE id = ?').pluck().get(ref(row, 'item_id'));
        const meeting = db.prepare(MEETING_PERSON).pluck().get(ref(row, 'meeting_id'));
        return item === undefined || meeting === undefined || item === meeting
          ? null
          : { field: 'item_id', message: 'is an item of another person than this 1:1' };
      },
    },
    oo_meeting_tags: { own: (row) => columnsMatch(row, { tag: tagSchema }) },
    oo_recurring: {
      own: (row) =>
        firstProblem(
          () => columnsMatch(row, { text: queueSchema.shape.text }),
          () => moments(row, 'created_at'),
        ),
    },
    oo_templates: {
      own: (row) =>
        firstProblem(
          () =>
            fieldsMatch(row, templateFieldsSchema, {
              id: 'id',
              name: 'name',
              items: { column: 'items', read: 'json' },
            }),
          () => moments(row, 'updated_at'),
        ),
    },
  };
}

import { z } from 'zod';
import { command, query } from '../ipc/channel';
import { byIdSchema, byPersonSchema, idSchema } from '../schemas/fields';
import { historyQuerySchema, type HistoryPage } from './history';
import type { NextMeeting } from './nextMeeting';
import {
  addItemSchema,
  meetingDetailsSchema,
  moveSchema,
  queueSchema,
  triageSchema,
  saveNotesSchema,
  searchQuerySchema,
  seriesFieldsSchema,
  templateFieldsSchema,
  updateItemSchema,
  type Item,
  type Meeting,
  type MeetingExport,
  type OverviewPage,
  type Prep,
  type RecurringItem,
  type SearchHit,
  type Series,
  type Template,
} from './model';

const meetingRef = z.strictObject({ meetingId: idSchema });

export const oneOnOnesContract = {
  /** Active people by name with their cadence (if any), next meeting and open items: OVERVIEW_PAGE after `offset`. */
  'oneOnOnes.overview': query<OverviewPage>()(
    z.strictObject({ offset: z.number().int().min(0).max(1_000_000).optional() }),
  ),
  /** Creates or changes a person's series; the upcoming meeting follows the new cadence. */
  'oneOnOnes.saveSeries': command<Series>()(seriesFieldsSchema),
  'oneOnOnes.prep': query<Prep>()(byPersonSchema),
  /** A person's 1:1s, newest first, a page at a time (keyset cursor). */
  'oneOnOnes.history': query<HistoryPage>()(historyQuerySchema),
  'oneOnOnes.meeting': query<Meeting>()(meetingRef),
  /** Where the meeting screen's "Next 1:1" goes: shared/oneOnOnes/nextMeeting.ts; null when nobody else has one. */
  'oneOnOnes.nextMeeting': query<NextMeeting | null>()(meetingRef),
  /** Autosave: only the fields given change. */
  'oneOnOnes.saveNotes': command<{ savedAt: string }>()(saveNotesSchema),
  'oneOnOnes.saveDetails': command<Meeting>()(meetingDetailsSchema),
  'oneOnOnes.hold': command<Meeting>()(meetingRef),
  'oneOnOnes.skip': command<Meeting>()(meetingRef),
  /** Moves a scheduled meeting to another day; its items and notes go with it. Returns the new meeting. */
  'oneOnOnes.move': command<Meeting>()(moveSchema),
  'oneOnOnes.unlock': command<Meeting>()(meetingRef),
  'oneOnOnes.addItem': command<Item>()(addItemSchema),
  'oneOnOnes.updateItem': command<Item>()(updateItemSchema),
  /** Closes several of a person's open items at once (the prep view's triage); all or none. */
  'oneOnOnes.triage': command<{ changed: number }>()(triageSchema),
  /** "Next time": a topic for the person's next agenda, from anywhere in the app. */
  'oneOnOnes.queue': command<Item>()(queueSchema),
  'oneOnOnes.addRecurring': command<RecurringItem>()(
    z.strictObject({ personId: idSchema, text: queueSchema.shape.text }),
  ),
  'oneOnOnes.removeRecurring': command<{ removed: true }>()(byIdSchema),
  'oneOnOnes.templates': query<Template[]>()(z.strictObject({})),
  'oneOnOnes.saveTemplate': command<Template>()(templateFieldsSchema),
  /** Adds the template's items that are not on the agenda yet; removes nothing. */
  'oneOnOnes.applyTemplate': command<Meeting>()(z.strictObject({ meetingId: idSchema, templateId: idSchema })),
  'oneOnOnes.search': query<SearchHit[]>()(searchQuerySchema),
  /** Shared parts only: never private notes. */
  'oneOnOnes.exportMeeting': query<MeetingExport>()(meetingRef),
};

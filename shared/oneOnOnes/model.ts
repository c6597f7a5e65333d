import { z } from 'zod';
import { idSchema, isoDateSchema, requiredMessage, timeZoneSchema, tooLongMessage } from '../schemas/fields';
import { CADENCES, MONTHLY_BY, monthlyChoices, type Cadence, type CadenceRule, type MonthlyBy } from './cadence';

export const MEETING_STATUSES = ['scheduled', 'held', 'skipped', 'moved'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const ITEM_KINDS = ['agenda', 'action'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
/** Agenda: who raised it. Action: who owns it. */
export const SIDES = ['me', 'them'] as const;
export type Side = (typeof SIDES)[number];
/** `done` reads "resolved" on an agenda item and "done" on an action. */
export const ITEM_STATES = ['open', 'done', 'dropped'] as const;
export type ItemState = (typeof ITEM_STATES)[number];

export const SUGGESTED_TAGS = ['career', 'feedback', 'wellbeing', 'delivery', 'team', 'growth'] as const;
export const CAREER_TAG = 'career';

/**
 * The longest notes field accepted: room for a running document of a year of 1:1s (a 20,000-word
 * note is about 130,000 characters, and the editor stays instant on it: `npm run bench`).
 */
export const NOTES_MAX = 500_000;
export const ITEM_TEXT_MAX = 1000;

const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time such as 09:30.');
const itemText = z
  .string({ message: requiredMessage('Text') })
  .trim()
  .min(1, requiredMessage('Text'))
  .max(ITEM_TEXT_MAX, tooLongMessage('Text', ITEM_TEXT_MAX));
export const tagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[\p{L}\p{N}][\p{L}\p{N}-]{0,29}$/u,
    'Write each tag as one word of letters, digits or dashes (at most 30), such as career.',
  );

export const seriesFieldsSchema = z
  .strictObject({
    personId: idSchema,
    cadence: z.enum(CADENCES, { message: 'Choose every week, every two weeks, every month or every N days.' }),
    everyDays: z
      .int('Enter a whole number of days.')
      .min(1, 'Enter at least 1 day.')
      .max(365, 'Enter at most 365 days.')
      .nullable(),
    firstDate: isoDateSchema,
    time: timeSchema,
    timeZone: timeZoneSchema,
    /** For a monthly series: on the first date's day of the month, or its weekday of the month. */
    monthlyBy: z.enum(MONTHLY_BY, { message: 'Choose the date or the weekday of the month.' }).default('day'),
  })
  .refine((s) => s.cadence !== 'custom' || s.everyDays !== null, {
    message: 'Say how many days apart the 1:1s are.',
    path: ['everyDays'],
  })
  .refine((s) => s.cadence !== 'monthly' || monthlyChoices(s.firstDate).includes(s.monthlyBy), {
    message: 'The first date is not that weekday of its month: choose the date, or “the last” weekday.',
    path: ['monthlyBy'],
  });
export type SeriesFields = z.infer<typeof seriesFieldsSchema>;
/** As a caller may give them: a series that says nothing of `monthlyBy` meets on its date. */
export type SeriesInput = z.input<typeof seriesFieldsSchema>;

export interface Series {
  id: string;
  personId: string;
  cadence: Cadence;
  everyDays: number | null;
  firstDate: string;
  time: string;
  timeZone: string;
  monthlyBy: MonthlyBy;
}

export interface Item {
  id: string;
  personId: string;
  kind: ItemKind;
  side: Side;
  text: string;
  state: ItemState;
  dueDate: string | null;
  /** Raised for "next time" rather than during a meeting. */
  queued: boolean;
  /** Set on the instance of a recurring agenda item. */
  recurringId: string | null;
  /** The meeting it was raised in (null for a "next time" item raised between meetings). */
  originMeetingId: string | null;
  originDate: string | null;
  closedAt: string | null;
}

export interface MeetingSummary {
  id: string;
  personId: string;
  date: string;
  time: string;
  timeZone: string;
  startsAt: string;
  status: MeetingStatus;
  /** For a moved meeting: the date it moved to. */
  movedTo: string | null;
  mood: number | null;
  tags: string[];
}

/** The other side of a 1:1: what "15:30 for Priya" needs. */
export interface Counterpart {
  /** The preferred name when set, else the first name. */
  callName: string;
  /** Their own zone (profile, else the series' anchor); null when unknown. */
  timeZone: string | null;
}

export interface Meeting extends MeetingSummary {
  personName: string;
  person: Counterpart;
  sharedNotes: string;
  privateNotes: string;
  items: Item[];
  /** Read-only because a later meeting has been held (and not unlocked). */
  locked: boolean;
  unlockedAt: string | null;
  editedAfterUnlockAt: string | null;
  heldAt: string | null;
}

export interface RecurringItem {
  id: string;
  text: string;
}

export interface PrepItem extends Item {
  /** Already sat on a held, skipped or moved meeting and is still open. */
  carried: boolean;
}

export interface Prep {
  personId: string;
  personName: string;
  person: Counterpart;
  series: Series | null;
  upcoming: MeetingSummary | null;
  lastMeeting: { id: string; date: string; sharedNotes: string; privateNotes: string } | null;
  /**
   * Every open item once (agenda topics, actions on both sides, "next time" topics), oldest
   * first: an open action that was carried over is one row, not one per list it belongs to.
   */
  openItems: PrepItem[];
  recurring: RecurringItem[];
  daysSinceLast: number | null;
  daysSinceCareer: number | null;
  /** Held meetings with a mood, oldest first (at most 10). */
  moodTrend: { date: string; mood: number }[];
}

/**
 * One row of the 1:1s screen: what it shows and links to, nothing more (issue 18: a
 * director's 243 rows with whole series and meeting summaries were 150 KiB).
 */
export interface OverviewRow {
  personId: string;
  personName: string;
  person: Counterpart;
  /** What the cadence column says (cadenceWords). */
  series: CadenceRule | null;
  upcoming: { id: string; startsAt: string } | null;
  lastHeld: string | null;
  openItems: number;
}

/** How many rows of the 1:1s screen come at once; "Show more" brings the next as many. */
export const OVERVIEW_PAGE = 100;

/** A page of the 1:1s screen: the rows after `offset`, and how many active people there are. */
export interface OverviewPage {
  rows: OverviewRow[];
  total: number;
}

export interface Template {
  id: string;
  name: string;
  items: string[];
  builtIn: boolean;
}

export const SEARCH_FIELDS = ['shared', 'private', 'agenda', 'action'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export { HIGHLIGHT_END, HIGHLIGHT_START } from './highlight';

export interface SearchHit {
  meetingId: string | null;
  personId: string;
  personName: string;
  date: string;
  field: SearchField;
  snippet: string;
}

export const searchQuerySchema = z.strictObject({
  text: z.string().max(500, 'must be at most 500 characters'),
  personId: idSchema.nullable().optional(),
  from: isoDateSchema.nullable().optional(),
  to: isoDateSchema.nullable().optional(),
  tag: tagSchema.nullable().optional(),
  includePrivate: z.boolean().optional(),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export const addItemSchema = z.strictObject({
  meetingId: idSchema,
  kind: z.enum(ITEM_KINDS, { message: 'Choose agenda or action.' }),
  side: z.enum(SIDES, { message: 'Choose me or them.' }),
  text: itemText,
  dueDate: isoDateSchema.nullable(),
});

export const updateItemSchema = z.strictObject({
  meetingId: idSchema,
  itemId: idSchema,
  state: z.enum(ITEM_STATES).optional(),
  text: itemText.optional(),
  dueDate: isoDateSchema.nullable().optional(),
});

export const saveNotesSchema = z.strictObject({
  meetingId: idSchema,
  sharedNotes: z.string().max(NOTES_MAX, `must be at most ${NOTES_MAX} characters`).optional(),
  privateNotes: z.string().max(NOTES_MAX, `must be at most ${NOTES_MAX} characters`).optional(),
});

export const meetingDetailsSchema = z.strictObject({
  meetingId: idSchema,
  mood: z
    .int('Choose a mood from 1 to 5.')
    .min(1, 'Choose a mood from 1 to 5.')
    .max(5, 'Choose a mood from 1 to 5.')
    .nullable(),
  tags: z.array(tagSchema).max(12, 'Use at most 12 tags.'),
});

/**
 * The new date and time are read in `timeZone` (the manager's, as the dialog asks) when
 * given, else in the zone the meeting is anchored to; the meeting stays anchored where it was.
 */
export const moveSchema = z.strictObject({
  meetingId: idSchema,
  date: isoDateSchema,
  time: timeSchema,
  timeZone: timeZoneSchema.optional(),
});

export const queueSchema = z.strictObject({ personId: idSchema, text: itemText });

/** What the prep view's triage does to several open items at once ("keep" writes nothing). */
export const TRIAGE_STATES = ['done', 'dropped'] as const;
export const TRIAGE_MAX = 200;
export const triageSchema = z.strictObject({
  personId: idSchema,
  itemIds: z
    .array(idSchema)
    .min(1, 'Choose at least one item.')
    .max(TRIAGE_MAX, `Choose at most ${TRIAGE_MAX} items at once.`)
    .refine((ids) => new Set(ids).size === ids.length, 'each item may be chosen once'),
  state: z.enum(TRIAGE_STATES, { message: 'Choose done or not needed.' }),
});

export const templateFieldsSchema = z.strictObject({
  id: idSchema,
  name: z.string().trim().min(1, 'Name is required').max(100, 'Name must be at most 100 characters'),
  items: z.array(itemText).min(1, 'Add at least one item.').max(30, 'A template has at most 30 items.'),
});

export interface MeetingExport {
  fileBaseName: string;
  markdown: string;
}

import { z } from 'zod';
import { query } from '../ipc/channel';
import { byPersonSchema } from '../schemas/fields';
import type { HomeMeeting, HomeOverview } from './model';
import type { PersonHeader } from './personHeader';

export const homeContract = {
  /** What needs the manager this week: 1:1s and their prep, overdue actions, goals, pairs, scorecards. */
  'home.overview': query<HomeOverview>()(z.strictObject({})),
  /** The next page of the week's 1:1s after the first `offset`, in Home's order (HOME_WEEK_PAGE at most). */
  'home.weekMeetings': query<HomeMeeting[]>()(z.strictObject({ offset: z.number().int().min(0).max(1_000_000) })),
  /** The top of a person's page: level and ladder, next and last 1:1, mood, and flags that need the manager. */
  'home.personHeader': query<PersonHeader>()(byPersonSchema),
};

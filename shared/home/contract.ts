import { z } from 'zod';
import { query } from '../ipc/channel';
import type { HomeOverview } from './model';

export const homeContract = {
  /** What needs the manager this week: 1:1s and their prep, overdue actions, goals, pairs, scorecards. */
  'home.overview': query<HomeOverview>()(z.strictObject({})),
};

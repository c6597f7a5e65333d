import { z } from 'zod';
import { command, query } from '../ipc/channel';
import { byIdSchema, byPersonSchema, idSchema } from '../schemas/fields';
import { checkInFieldsSchema, GOAL_STATUSES, goalFieldsSchema, type Goal, type GoalsPrep } from './model';

export const goalsContract = {
  'goals.list': query<Goal[]>()(byPersonSchema),
  'goals.create': command<Goal>()(z.strictObject({ personId: idSchema, fields: goalFieldsSchema })),
  'goals.update': command<Goal>()(z.strictObject({ id: idSchema, fields: goalFieldsSchema })),
  'goals.delete': command<{ deleted: true }>()(byIdSchema),
  'goals.checkIn': command<Goal>()(z.strictObject({ goalId: idSchema, fields: checkInFieldsSchema })),
  /** Changes only the status ("Mark achieved" from the prep view), leaving every other field as it is. */
  'goals.setStatus': command<Goal>()(
    z.strictObject({
      id: idSchema,
      status: z.enum(GOAL_STATUSES, { message: 'Choose proposed, active, achieved or dropped.' }),
    }),
  ),
  /** Open goals for the 1:1 prep view, overdue and stale ones first. */
  'goals.forPrep': query<GoalsPrep>()(byPersonSchema),
};

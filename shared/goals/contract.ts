import { z } from 'zod';
import { channel, query } from '../ipc/channel';
import { idSchema } from '../schemas/fields';
import { checkInFieldsSchema, goalFieldsSchema, type Goal, type GoalsPrep } from './model';

const byId = z.strictObject({ id: idSchema });

export const goalsContract = {
  'goals.list': query<Goal[]>()(z.strictObject({ personId: idSchema })),
  'goals.create': channel<Goal>()(z.strictObject({ personId: idSchema, fields: goalFieldsSchema })),
  'goals.update': channel<Goal>()(z.strictObject({ id: idSchema, fields: goalFieldsSchema })),
  'goals.delete': channel<{ deleted: true }>()(byId),
  'goals.checkIn': channel<Goal>()(z.strictObject({ goalId: idSchema, fields: checkInFieldsSchema })),
  /** Open goals for the 1:1 prep view, overdue and stale ones first. */
  'goals.forPrep': query<GoalsPrep>()(z.strictObject({ personId: idSchema })),
};

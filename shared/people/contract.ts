import { z } from 'zod';
import { command, query } from '../ipc/channel';
import { byIdSchema, idSchema } from '../schemas/fields';
import {
  personFieldsSchema,
  peopleQuerySchema,
  peoplePageQuerySchema,
  type PeoplePage,
  teamFieldsSchema,
  type ErasurePreview,
  type Person,
  type PersonExport,
  type Team,
} from './model';
import { personSearchSchema, type PersonSearchResult } from './search';

export const peopleContract = {
  /** Everyone matching, at once: for pickers. The people screen reads people.page. */
  'people.list': query<Person[]>()(peopleQuerySchema),
  'people.page': query<PeoplePage>()(peoplePageQuerySchema),
  /** A picker's matches as the user types (people/search.ts), and its current value by id. */
  'people.search': query<PersonSearchResult>()(personSearchSchema),
  'people.get': query<Person>()(byIdSchema),
  'people.create': command<Person>()(personFieldsSchema),
  'people.update': command<Person>()(z.strictObject({ id: idSchema, fields: personFieldsSchema })),
  'people.archive': command<Person>()(byIdSchema),
  'people.restore': command<Person>()(byIdSchema),
  'people.erasePreview': query<ErasurePreview>()(byIdSchema),
  /** `confirmName` must repeat the person's name: erasing cannot be undone. */
  'people.erase': command<{ erased: true }>()(z.strictObject({ id: idSchema, confirmName: z.string().max(400) })),
  'people.export': query<PersonExport>()(byIdSchema),
  'teams.list': query<Team[]>()(z.strictObject({})),
  'teams.create': command<Team>()(teamFieldsSchema),
  'teams.update': command<Team>()(z.strictObject({ id: idSchema, fields: teamFieldsSchema })),
  /** Members are kept and left without a team. */
  'teams.delete': command<{ deleted: true; membersMoved: number }>()(byIdSchema),
};

import { z } from 'zod';
import { idSchema } from '../schemas/fields';
import type { Person } from './model';
import { PERSON_SEARCH_TEXT_MAX } from './searchLimits';

/**
 * What a people picker asks as the user types (people.search). People are found by the first
 * letters of any word of their name, preferred name or role, or of their team's name.
 */
export const personSearchSchema = z.strictObject({
  text: z.string().max(PERSON_SEARCH_TEXT_MAX, `The search must be at most ${PERSON_SEARCH_TEXT_MAX} characters.`),
  /** Active people unless said otherwise; a search of past notes also finds people who left. */
  status: z.enum(['active', 'left', 'all']).optional(),
  /** People the picker must not offer (say, the mentor already chosen when choosing a mentee). */
  exclude: z.array(idSchema).max(100).optional(),
  /** People to return whatever the text and status: the picker's current value, to show its name. */
  chosen: z.array(idSchema).max(20).optional(),
  limit: z.number().int().min(1).max(50).optional(),
});
export type PersonSearch = z.infer<typeof personSearchSchema>;

/** One row of a people picker: only what it shows. */
export type PersonChoice = Pick<Person, 'id' | 'name' | 'title' | 'teamName' | 'status'>;

export interface PersonSearchResult {
  /**
   * At most `limit` (PERSON_SEARCH_LIMIT) people: those whose name starts with the text first,
   * then those with a word of their name or preferred name starting so, then role or team; by
   * name within each. Empty text: everyone of that status by name, up to the limit.
   */
  matches: PersonChoice[];
  /** The people asked for in `chosen` that exist, in that order. */
  chosen: PersonChoice[];
}

import { z } from 'zod';
import type { GoalStatus } from '../goals/model';
import type { PersonStatus } from '../people/model';
import type { SearchHit } from '../oneOnOnes/model';

/** Each group of the palette shows at most this many results. */
export const PALETTE_GROUP_LIMIT = 8;

export const paletteQuerySchema = z.strictObject({
  text: z.string({ message: 'Type what to look for.' }).max(200, 'Shorten the search to 200 characters or fewer.'),
});
export type PaletteQuery = z.infer<typeof paletteQuerySchema>;

export interface PaletteResults {
  people: { id: string; name: string; title: string; status: PersonStatus }[];
  /** Shared notes and agenda/action items, as 1:1 search finds them; private notes never. */
  notes: SearchHit[];
  goals: { id: string; personId: string; personName: string; title: string; status: GoalStatus }[];
  candidates: { id: string; name: string; alias: string; roleTitle: string; stage: string }[];
}

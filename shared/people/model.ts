import { z } from 'zod';
import { idSchema, isoDateSchema, optionalLine, optionalText, requiredLine, timeZoneSchema } from '../schemas/fields';

export const RELATIONSHIPS = ['direct_report', 'skip_level', 'peer', 'mentee', 'mentor', 'other'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const RELATIONSHIP_LABELS: Record<Relationship, string> = {
  direct_report: 'Direct report',
  skip_level: 'Skip-level',
  peer: 'Peer',
  mentee: 'Mentee (outside the team)',
  mentor: 'Mentor (outside the team)',
  other: 'Other',
};

export const PERSON_STATUSES = ['active', 'left'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

export const NAME_MAX = 200;

/** What a person form submits, and what people.create / people.update accept. */
export const personFieldsSchema = z.strictObject({
  name: requiredLine('Name', NAME_MAX),
  preferredName: optionalLine('Preferred name', 100),
  pronouns: optionalLine('Pronouns', 40),
  title: optionalLine('Role or title', 200),
  teamId: idSchema.nullable(),
  relationship: z.enum(RELATIONSHIPS, { message: 'Choose a relationship from the list.' }),
  /** Filled from the ladders domain; kept as plain references until a ladder is chosen. */
  ladderId: idSchema.nullable(),
  track: optionalText('Track', 100),
  level: optionalText('Level', 100),
  startDate: isoDateSchema.nullable(),
  timeZone: timeZoneSchema.nullable(),
});
export type PersonFields = z.infer<typeof personFieldsSchema>;

export const emptyPersonFields: PersonFields = {
  name: '',
  preferredName: '',
  pronouns: '',
  title: '',
  teamId: null,
  relationship: 'direct_report',
  ladderId: null,
  track: '',
  level: '',
  startDate: null,
  timeZone: null,
};

export interface Person extends PersonFields {
  id: string;
  status: PersonStatus;
  /** Date the person left (archived); null while active. */
  leftOn: string | null;
  teamName: string | null;
  createdAt: string;
  updatedAt: string;
}

export const teamFieldsSchema = z.strictObject({
  name: requiredLine('Team name', 100),
  description: optionalText('Description', 1000),
});
export type TeamFields = z.infer<typeof teamFieldsSchema>;

export interface Team extends TeamFields {
  id: string;
  activeMembers: number;
  createdAt: string;
}

export const peopleQuerySchema = z.strictObject({
  search: z.string().max(200, 'must be at most 200 characters').optional(),
  teamId: idSchema.nullable().optional(),
  relationship: z.enum(RELATIONSHIPS).optional(),
  status: z.enum(['active', 'left', 'all']).optional(),
});
export type PeopleQuery = z.infer<typeof peopleQuerySchema>;

/**
 * The people screen asks a page at a time (issue 18: a director's 500 people were 235 KB in
 * one answer); the filters above apply on the server, so search finds everyone, not only the
 * page shown.
 */
export const PEOPLE_PAGE = 100;
export const peoplePageQuerySchema = peopleQuerySchema.extend({
  offset: z.number().int().min(0).max(1_000_000),
});
export interface PeoplePage {
  /** At most PEOPLE_PAGE, from `offset` on, in the list's order (name, then id). */
  people: Person[];
  /** How many people match the filters in all. */
  total: number;
}

/** One kind of data that erasing a person deletes, and how many rows of it there are. */
export interface ErasureItem {
  label: string;
  count: number;
}

export interface ErasurePreview {
  personId: string;
  name: string;
  items: ErasureItem[];
}

export interface PersonExport {
  fileBaseName: string;
  json: string;
  markdown: string;
}

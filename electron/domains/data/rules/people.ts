import { z } from 'zod';
import { PERSON_STATUSES, personFieldsSchema, teamFieldsSchema } from '#shared/people/model';
import { columnsMatch, days, fieldsMatch, firstProblem, moments, type TableRules } from './check';

export const peopleRules: Record<string, TableRules> = {
  teams: {
    own: (row) =>
      firstProblem(
        () => fieldsMatch(row, teamFieldsSchema, { name: 'name', description: 'description' }),
        () => moments(row, 'created_at'),
      ),
  },
  people: {
    own: (row) =>
      firstProblem(
        () =>
          fieldsMatch(row, personFieldsSchema, {
            name: 'name',
            preferredName: 'preferred_name',
            pronouns: 'pronouns',
            title: 'title',
            teamId: 'team_id',
            relationship: 'relationship',
            ladderId: 'ladder_id',
            track: 'track',
            level: 'level',
            startDate: 'start_date',
            timeZone: 'time_zone',
          }),
        () => columnsMatch(row, { status: z.enum(PERSON_STATUSES, { message: 'must be active or left' }) }),
        () => days(row, 'left_on'),
        () => moments(row, 'created_at', 'updated_at'),
      ),
  },
};

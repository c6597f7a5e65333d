import type { MatchPerson } from '#shared/mentoring/matching';
import { emptyPreferences, type CreatePairInput, type PreferencesFields } from '#shared/mentoring/model';
import { emptyPersonFields, type Relationship } from '#shared/people/model';
import type { TestApp } from './testApp';

/** A person of the given relationship, by name; returns their id. */
export const addPersonTo = (app: Pick<TestApp, 'call'>, name: string, relationship: Relationship = 'direct_report') =>
  app.call('people.create', { ...emptyPersonFields, name, relationship }).id;

/** Mentoring preferences that want nothing, with `patch` on top. */
export const preferences = (patch: Partial<PreferencesFields>): PreferencesFields => ({
  ...emptyPreferences,
  ...patch,
});

/** An active pair with two focus areas and a fortnightly agreement; `patch` changes the agreement. */
export const pairInput = (
  mentorId: string,
  menteeId: string,
  patch: Partial<CreatePairInput['fields']['agreement']> = {},
): CreatePairInput => ({
  mentorId,
  menteeId,
  status: 'active',
  fields: {
    focusAreas: [
      { name: 'System design', competencyId: null },
      { name: 'Public speaking', competencyId: null },
    ],
    goals: 'Lead a design review by June',
    agreement: {
      expectations: 'Mentee sets the agenda',
      cadenceDays: 14,
      startDate: '2026-03-02',
      plannedEnd: '2026-06-30',
      ...patch,
    },
  },
});

/**
 * An active pair with only what a pair needs: no goals, expectations or planned end, every
 * fortnight unless `cadenceDays` says otherwise, and the focus areas named.
 */
export const barePair = (
  mentorId: string,
  menteeId: string,
  { startDate, cadenceDays = 14, focusAreas = [] }: { startDate: string; cadenceDays?: number; focusAreas?: string[] },
): CreatePairInput => ({
  mentorId,
  menteeId,
  status: 'active',
  fields: {
    focusAreas: focusAreas.map((name) => ({ name, competencyId: null })),
    goals: '',
    agreement: { expectations: '', cadenceDays, startDate, plannedEnd: null },
  },
});

/** Someone the matcher may pair: wants to mentor, with room for one mentee and no strengths yet. */
export const matchPerson = (id: string, patch: Partial<MatchPerson> = {}): MatchPerson => ({
  id,
  name: id,
  wantsToMentor: true,
  wantsMentor: false,
  strengths: [],
  interests: [],
  capacity: 1,
  managerId: null,
  openMentees: 0,
  ...patch,
});

/**
 * Two mentors with one slot each and two mentees, where first-come matching would leave the
 * second mentee without a mentor: the first mentee's best match (One: go, sql, k8s) is the
 * only one who suits the second (go, sql). Names are the mentees' as the test shows them.
 */
export function arrangeContestedMentors(app: Pick<TestApp, 'call'>, menteeNames: [string, string]) {
  const [one, two, first, second] = ['Mentor One', 'Mentor Two', ...menteeNames].map((n) => addPersonTo(app, n)) as [
    string,
    string,
    string,
    string,
  ];
  const save = (personId: string, patch: Partial<PreferencesFields>) =>
    app.call('mentoring.savePreferences', { personId, fields: preferences(patch) });
  save(one, { wantsToMentor: true, strengths: ['go', 'sql', 'k8s'], capacity: 1 });
  save(two, { wantsToMentor: true, strengths: ['k8s', 'observability'], capacity: 1 });
  save(first, { wantsMentor: true, interests: ['go', 'sql', 'k8s', 'observability'] });
  save(second, { wantsMentor: true, interests: ['go', 'sql'] });
  return { one, two, first, second };
}

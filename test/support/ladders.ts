import type { Assessment, AssessmentFieldsInput, Evidence } from '#shared/ladders/assessment';
import type { Expectation, LadderDoc } from '#shared/ladders/model';
import { emptyPersonFields, type PersonFields } from '#shared/people/model';
import type { Caller } from './caller';

/** A person on the IC track of a ladder, at `level`, through the real handler. */
export function personOnLadder(
  app: Caller,
  ladderId: string,
  level: string,
  person: Partial<PersonFields> & { name: string },
) {
  return app.call('people.create', { ...emptyPersonFields, ...person, ladderId, track: 'ic', level });
}

/** An assessment of `personId` at `levelId`, with no evidence unless given; unrated unless `ratings` are given. */
export function assess(
  app: Caller,
  personId: string,
  fields: Pick<AssessmentFieldsInput, 'ladderId' | 'levelId'> & Partial<AssessmentFieldsInput>,
) {
  return app.call('assessments.create', {
    personId,
    fields: { assessedOn: null, summary: '', ratings: [], evidence: [], ...fields },
  });
}

/** Ratings without notes, one per competency id, in the order given: `ratedAs({ code: 'meeting' })`. */
export const ratedAs = (ratings: Record<string, string>) =>
  Object.entries(ratings).map(([competencyId, rating]) => ({ competencyId, rating, note: '' }));

/** The whole document of a ladder version, as the export (a download) carries it; screens get only the outline. */
export function exportedDoc(app: Caller, id: string, versionId?: string): LadderDoc {
  const {
    format: _f,
    formatVersion: _v,
    ...doc
  } = JSON.parse(app.call('ladders.export', versionId ? { id, versionId } : { id }).json) as LadderDoc & {
    format: string;
    formatVersion: number;
  };
  return doc;
}

/** A ladder in Cairn's own format that rates on five named steps (our own words). */
export const PLATFORM_LADDER = `format: cairn-ladder
formatVersion: 1
name: Platform ladder
scale:
  steps:
    - { id: not-yet, name: Not yet, description: Has not shown this at the level. }
    - { id: developing, name: Developing, description: Shows it with help. }
    - { id: meeting, name: Meeting, description: Does what the level asks. }
    - { id: strong, name: Strong, description: Goes beyond the level now and then. }
    - { id: role-model, name: Role model, description: Others learn this from them. }
  meets: meeting
tracks:
  - { id: ic, name: Individual contributor }
levels:
  - { id: senior, name: Senior Engineer, track: ic }
  - { id: staff, name: Staff Engineer, track: ic }
areas:
  - { id: craft, name: Craft }
competencies:
  - { id: code, area: craft, name: Code }
  - { id: design, area: craft, name: Design }
  - { id: ops, area: craft, name: Operations }
expectations:
  - { competency: code, level: senior, text: Sets the bar for the team. }
  - { competency: design, level: senior, text: Designs services. }
  - { competency: ops, level: senior, text: Runs what the team builds. }
  - { competency: code, level: staff, text: Sets the bar across teams. }
  - { competency: design, level: staff, text: Designs systems of services. }
  - { competency: ops, level: staff, text: Shapes how teams run production. }
`;

/** An assessment as `assessments.get` answers, for screens given one without a store: unrated, on level e1. */
export const storedAssessment = (over: Partial<Assessment> & Pick<Assessment, 'ladder'>): Assessment => ({
  id: 'a',
  personId: 'p',
  ladderId: 'l',
  ladderName: 'Eng',
  versionId: 'v',
  versionNumber: 1,
  levelId: 'e1',
  assessedOn: '2026-03-01',
  summary: '',
  ratings: [],
  evidence: [],
  createdAt: '',
  updatedAt: '',
  ...over,
});

/** A piece of an assessment's evidence as stored: for Code, undated and from no 1:1 unless `over` says. */
export const storedEvidence = (over: Partial<Evidence> & Pick<Evidence, 'text'>): Evidence => ({
  id: 'e',
  competencyIds: ['code'],
  seenOn: null,
  meetingId: null,
  meetingLabel: '',
  ...over,
});

/** A ladder on one IC track, with an expectation in every cell worded by `cell`: for ladders at scale. */
export function oneTrackLadder(
  name: string,
  parts: Pick<LadderDoc, 'levels' | 'areas' | 'competencies'>,
  cell: (competencyIndex: number, levelIndex: number) => Pick<Expectation, 'text' | 'examples'>,
): LadderDoc {
  const expectations = parts.competencies.flatMap((c, ci) =>
    parts.levels.map((l, li) => ({ competency: c.id, level: l.id, ...cell(ci, li) })),
  );
  return { name, description: '', tracks: [{ id: 'ic', name: 'IC' }], ...parts, expectations };
}

/** A small ladder of two tracks: Engineer and Senior on IC (Operations expected only of an Engineer), Manager on M. */
export const TEST_LADDER: LadderDoc = {
  name: 'Test ladder',
  description: '',
  tracks: [
    { id: 'ic', name: 'IC' },
    { id: 'm', name: 'Management' },
  ],
  levels: [
    { id: 'l1', name: 'Engineer', track: 'ic' },
    { id: 'l2', name: 'Senior', track: 'ic' },
    { id: 'm1', name: 'Manager', track: 'm' },
  ],
  areas: [{ id: 'craft', name: 'Craft', description: '' }],
  competencies: [
    { id: 'code', area: 'craft', name: 'Code', description: '' },
    { id: 'design', area: 'craft', name: 'Design', description: '' },
    { id: 'ops', area: 'craft', name: 'Operations', description: '' },
  ],
  expectations: [
    { competency: 'code', level: 'l1', text: 'Writes code', examples: [] },
    { competency: 'design', level: 'l1', text: 'Follows designs', examples: [] },
    { competency: 'ops', level: 'l1', text: 'Joins on-call', examples: [] },
    { competency: 'code', level: 'l2', text: 'Sets the bar', examples: [] },
    { competency: 'design', level: 'l2', text: 'Designs services', examples: [] },
  ],
};

import type { Db } from '#electron/db/open';
import type { Rng } from '../prng';

/**
 * How much of everything to write. `decade` is ten years of one manager's use; `director`
 * ten years of a director's (500 people in 40 teams): ten times the data around each person
 * count, the same around each person, so a view of one person should cost the same.
 */
export interface Scale {
  name: string;
  teams: number;
  people: number;
  /** Weekly 1:1s over ten years ≈ 500 per person: 25 000 at 50 people. */
  meetingsPerPerson: number;
  /** Agenda items, action items and note lines per meeting: 250 000 at 25 000 meetings. */
  itemsPerMeeting: number;
  competencies: number;
  /** Assessments of every competency per person per year: 200 000 ratings at director scale. */
  assessmentsPerYear: number;
  scorecards: number;
  mentoringPairs: number;
}

export type ScaleName = 'director' | 'decade' | 'small' | 'tiny';

export const SCALES: Record<ScaleName, Scale> = {
  director: {
    name: 'director',
    teams: 40,
    people: 500,
    meetingsPerPerson: 500,
    itemsPerMeeting: 10,
    competencies: 100,
    assessmentsPerYear: 0.4,
    scorecards: 50000,
    mentoringPairs: 400,
  },
  decade: {
    name: 'decade',
    teams: 6,
    people: 50,
    meetingsPerPerson: 500,
    itemsPerMeeting: 10,
    competencies: 100,
    assessmentsPerYear: 2,
    scorecards: 5000,
    mentoringPairs: 40,
  },
  small: {
    name: 'small',
    teams: 3,
    people: 12,
    meetingsPerPerson: 40,
    itemsPerMeeting: 6,
    competencies: 20,
    assessmentsPerYear: 2,
    scorecards: 200,
    mentoringPairs: 6,
  },
  tiny: {
    name: 'tiny',
    teams: 2,
    people: 4,
    meetingsPerPerson: 3,
    itemsPerMeeting: 3,
    competencies: 4,
    assessmentsPerYear: 2,
    scorecards: 10,
    mentoringPairs: 1,
  },
};

/** What earlier parts wrote, for later parts to refer to. */
export interface GenContext {
  db: Db;
  rng: Rng;
  scale: Scale;
  /** A fixed "now": the end of the decade. */
  now: Date;
  teamIds: string[];
  personIds: string[];
}

/** One domain's share of the generated data; returns row counts by kind. */
export interface GeneratorPart {
  name: string;
  run(ctx: GenContext): Record<string, number>;
}

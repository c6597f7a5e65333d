import { emptyPersonFields, type PersonFields } from '#shared/people/model';
import { peopleHandlers } from '../people/handlers';
import type { SamplePart } from './writer';

/**
 * A small product group as a new manager might inherit it: two teams, a peer, a skip-level
 * report and a mentee from elsewhere in the company. Written for Cairn; every name is made up.
 */
const TEAMS = {
  checkout: { name: 'Checkout', description: 'Basket, payment and receipts for the web shop.' },
  platform: { name: 'Platform', description: 'Build pipeline, shared services and on-call tooling.' },
};

type Sample = Partial<PersonFields> & { name: string; team?: keyof typeof TEAMS; startedDaysAgo?: number };

const PEOPLE: Record<string, Sample> = {
  amara: {
    name: 'Amara Osei',
    pronouns: 'she/her',
    title: 'Senior Software Engineer',
    team: 'checkout',
    timeZone: 'Europe/London',
    startedDaysAgo: 1400,
    track: 'Individual contributor',
    level: 'Senior',
  },
  tomas: {
    name: 'Tomás Ruiz',
    preferredName: 'Tom',
    pronouns: 'he/him',
    title: 'Software Engineer',
    team: 'checkout',
    timeZone: 'Europe/Madrid',
    startedDaysAgo: 420,
    track: 'Individual contributor',
    level: 'Mid',
  },
  yuki: {
    name: 'Yuki Tanaka',
    pronouns: 'they/them',
    title: 'Staff Engineer',
    team: 'platform',
    timeZone: 'Asia/Tokyo',
    startedDaysAgo: 2300,
    track: 'Individual contributor',
    level: 'Staff',
  },
  priya: {
    name: 'Priya Raman',
    pronouns: 'she/her',
    title: 'Software Engineer',
    team: 'platform',
    timeZone: 'Asia/Kolkata',
    startedDaysAgo: 150,
    track: 'Individual contributor',
    level: 'Junior',
  },
  sam: {
    name: 'Sam Whitfield',
    pronouns: 'he/him',
    title: 'Site Reliability Lead',
    team: 'platform',
    relationship: 'skip_level',
    timeZone: 'America/New_York',
    startedDaysAgo: 1900,
  },
  jonah: {
    name: 'Jonah Becker',
    pronouns: 'he/him',
    title: 'Engineering Manager, Search',
    relationship: 'peer',
    timeZone: 'Europe/Berlin',
    startedDaysAgo: 1000,
  },
  lena: {
    name: 'Lena Novak',
    pronouns: 'she/her',
    title: 'Graduate Engineer, Data',
    relationship: 'mentee',
    timeZone: 'Europe/Prague',
    startedDaysAgo: 90,
  },
};

export const teamPart: SamplePart = {
  name: 'people and teams',
  load(w) {
    for (const [key, fields] of Object.entries(TEAMS)) {
      const team = peopleHandlers['teams.create'](w.ctx, fields);
      w.teams[key] = team;
      w.register('teams', team.id);
    }
    for (const [key, { team, startedDaysAgo, ...fields }] of Object.entries(PEOPLE)) {
      const person = peopleHandlers['people.create'](w.ctx, {
        ...emptyPersonFields,
        ...fields,
        teamId: team ? w.teams[team]!.id : null,
        startDate: startedDaysAgo === undefined ? null : w.daysAgo(startedDaysAgo),
      });
      w.people[key] = person;
      w.register('people', person.id);
    }
  },
};

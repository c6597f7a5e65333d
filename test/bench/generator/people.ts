import type { GeneratorPart } from './types';

const FIRST = [
  'Ada',
  'Bela',
  'Chidi',
  'Dara',
  'Emre',
  'Farah',
  'Goran',
  'Hana',
  'Ines',
  'Jonas',
  'Kemi',
  'Luca',
  'Mira',
  'Nikhil',
  'Oona',
  'Pavel',
  'Quinn',
  'Rosa',
  'Sami',
  'Tove',
];
const LAST = [
  'Achebe',
  'Berg',
  'Castro',
  'Demir',
  'Eze',
  'Fischer',
  'Gupta',
  'Haddad',
  'Ito',
  'Jansen',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Novak',
  'Okafor',
];
const TITLES = [
  'Software Engineer',
  'Senior Software Engineer',
  'Staff Engineer',
  'Engineering Manager',
  'Site Reliability Engineer',
  'QA Engineer',
];
const TEAMS = ['Payments', 'Search', 'Platform', 'Mobile', 'Data', 'Growth', 'Identity', 'Billing'];
const ZONES = ['Europe/Berlin', 'Europe/London', 'America/New_York', 'Asia/Kolkata', 'UTC'];

/** ≈50 people over ten years: most have left by the end, as teams turn over. */
export const peoplePart: GeneratorPart = {
  name: 'people',
  run(ctx) {
    const { db, rng, scale } = ctx;
    const stamp = '2026-01-01T00:00:00.000Z';
    const team = db.prepare('INSERT INTO teams (id, name, description, created_at) VALUES (?, ?, ?, ?)');
    for (let t = 0; t < scale.teams; t++) {
      const id = rng.uuid();
      team.run(id, TEAMS[t % TEAMS.length]! + (t >= TEAMS.length ? ` ${t}` : ''), '', stamp);
      ctx.teamIds.push(id);
    }
    const person = db.prepare(
      `INSERT INTO people (id, name, pronouns, title, team_id, relationship, start_date, time_zone, status, left_on, created_at, updated_at)
       VALUES (?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let p = 0; p < scale.people; p++) {
      const id = rng.uuid();
      const left = p >= Math.ceil(scale.people * 0.3) && rng.chance(0.7);
      person.run(
        id,
        `${FIRST[p % FIRST.length]} ${LAST[(p * 7) % LAST.length]}`,
        rng.pick(TITLES),
        ctx.teamIds.length ? ctx.teamIds[p % ctx.teamIds.length]! : null,
        p % 10 === 9 ? 'skip_level' : 'direct_report',
        `20${String(16 + rng.int(10)).padStart(2, '0')}-0${1 + rng.int(9)}-1${rng.int(9)}`,
        rng.pick(ZONES),
        left ? 'left' : 'active',
        left ? '2035-06-30' : null,
        stamp,
        stamp,
      );
      ctx.personIds.push(id);
    }
    return { teams: scale.teams, people: scale.people };
  },
};

import type { BenchEnv } from '../env';
import type { PayloadProbe } from './types';

const firstPerson = (env: BenchEnv) => env.ids("SELECT id FROM people WHERE status = 'active' ORDER BY id LIMIT 1")[0];
const ladder = (env: BenchEnv) => env.ids('SELECT id FROM ladders ORDER BY id LIMIT 1')[0];

/** Ladders, assessments and goals: the responses that grow with a 100-competency ladder and ten years of reviews. */
export const ladderPayloads: PayloadProbe[] = [
  { label: 'ladders.list', channel: 'ladders.list', input: () => ({}) },
  { label: 'ladders.get (100 competencies × 6 levels)', channel: 'ladders.get', input: (env) => ({ id: ladder(env) }) },
  { label: 'assessments.list (one person, ten years)', channel: 'assessments.list', input: (env) => ({ personId: firstPerson(env) }) },
  {
    label: 'assessments.get (latest)',
    channel: 'assessments.get',
    input: (env) => ({ id: env.ids('SELECT id FROM assessments ORDER BY assessed_on DESC, id LIMIT 1')[0] }),
  },
  { label: 'goals.list (one person, ten years)', channel: 'goals.list', input: (env) => ({ personId: firstPerson(env) }) },
  { label: 'goals.forPrep', channel: 'goals.forPrep', input: (env) => ({ personId: firstPerson(env) }) },
];

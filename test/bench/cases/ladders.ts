import { EXPECTATION_ROWS_MAX } from '#shared/ladders/view';
import type { BenchEnv } from '../env';
import type { PayloadProbe } from './types';

const firstPerson = (env: BenchEnv) => env.ids("SELECT id FROM people WHERE status = 'active' ORDER BY id LIMIT 1")[0];
const ladder = (env: BenchEnv) => env.ids('SELECT id FROM ladders ORDER BY id LIMIT 1')[0];
/** The first block of the matrix: the competencies of the current version, in ladder order. */
const competencyIds = (env: BenchEnv) =>
  env.ids(
    `SELECT json_extract(c.value, '$.id') FROM ladders l JOIN ladder_versions v ON v.id = l.current_version_id, json_each(v.doc, '$.competencies') c
     WHERE l.id = (SELECT id FROM ladders ORDER BY id LIMIT 1) ORDER BY c.key LIMIT ${EXPECTATION_ROWS_MAX}`,
  );

/** Ladders, assessments and goals: the responses that grow with a 100-competency ladder and ten years of reviews. */
export const ladderPayloads: PayloadProbe[] = [
  { label: 'ladders.list', channel: 'ladders.list', input: () => ({}) },
  {
    label: 'ladders.get (outline of 100 competencies × 6 levels)',
    channel: 'ladders.get',
    input: (env) => ({ id: ladder(env) }),
  },
  // The matrix asks for the wording a block of rows at a time, as blocks come into view.
  {
    label: `ladders.expectations (a block of ${EXPECTATION_ROWS_MAX} competencies × 6 levels)`,
    channel: 'ladders.expectations',
    input: (env) => ({ id: ladder(env), competencyIds: competencyIds(env) }),
  },
  {
    label: 'ladders.atLevel (one level of 100 competencies: the assessment form)',
    channel: 'ladders.atLevel',
    input: (env) => ({ id: ladder(env), levelId: 'l3' }),
  },
  {
    label: 'assessments.list (one person, ten years)',
    channel: 'assessments.list',
    input: (env) => ({ personId: firstPerson(env) }),
  },
  {
    label: 'assessments.get (latest)',
    channel: 'assessments.get',
    input: (env) => ({ id: env.ids('SELECT id FROM assessments ORDER BY assessed_on DESC, id LIMIT 1')[0] }),
  },
  {
    label: 'goals.list (one person, ten years)',
    channel: 'goals.list',
    input: (env) => ({ personId: firstPerson(env) }),
  },
  { label: 'goals.forPrep', channel: 'goals.forPrep', input: (env) => ({ personId: firstPerson(env) }) },
];

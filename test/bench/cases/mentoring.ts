import { ENDED_PAIRS_PAGE } from '#shared/mentoring/model';
import type { BenchEnv } from '../env';
import type { PayloadProbe } from './types';

const pair = (env: BenchEnv) => env.ids('SELECT id FROM mentoring_pairs ORDER BY id LIMIT 1')[0];
const mentor = (env: BenchEnv) => env.ids('SELECT mentor_id FROM mentoring_pairs ORDER BY id LIMIT 1')[0];

export const mentoringPayloads: PayloadProbe[] = [
  {
    label: 'mentoring.overview (open pairs, the first page of ten years of ended ones)',
    channel: 'mentoring.overview',
    input: () => ({}),
  },
  {
    label: 'mentoring.endedPairs (the next page, on Show more)',
    channel: 'mentoring.endedPairs',
    input: () => ({ offset: ENDED_PAIRS_PAGE }),
  },
  { label: 'mentoring.forPerson', channel: 'mentoring.forPerson', input: (env) => ({ personId: mentor(env) }) },
  { label: 'mentoring.getPair (20 sessions)', channel: 'mentoring.getPair', input: (env) => ({ id: pair(env) }) },
  { label: 'mentoring.listPreferences', channel: 'mentoring.listPreferences', input: () => ({}) },
];

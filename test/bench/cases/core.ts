import { openDatabase } from '../../../electron/db/open';
import { peopleHandlers } from '../../../electron/domains/people/handlers';
import { openWithoutCheck } from '../env';
import { BENCH_KEY } from '../generator';
import type { BenchCase, Comparison, PayloadProbe } from './types';

const openClose = (file: string) => () => openDatabase(file, { key: BENCH_KEY }).close();

const ACTIVE_PEOPLE = "SELECT id FROM people WHERE status = 'active' ORDER BY id";

/** The foundation's operations: opening, the IPC layer, people. */
export const coreCases: BenchCase[] = [
  { name: 'open-decade', store: 'none', maxIterations: 5, setup: (_, f) => openClose(f.decade) },
  { name: 'open-empty', store: 'none', maxIterations: 40, setup: (_, f) => openClose(f.empty) },
  { name: 'open-decade-no-check', store: 'none', maxIterations: 40, setup: (_, f) => () => openWithoutCheck(f.decade).close() },
  {
    name: 'pk-lookup',
    store: 'decade',
    setup: (env) => {
      const ids = env!.ids('SELECT id FROM people ORDER BY id');
      const byId = env!.db.prepare('SELECT * FROM people WHERE id = ?');
      return (i) => byId.get(ids[i % ids.length]);
    },
  },
  { name: 'people-list', store: 'decade', setup: (env) => () => env!.call('people.list', { status: 'all' }) },
  {
    name: 'ipc-people-get',
    store: 'decade',
    setup: (env) => {
      const ids = env!.ids(ACTIVE_PEOPLE);
      return (i) => env!.call('people.get', { id: ids[i % ids.length] });
    },
  },
  {
    name: 'direct-people-get',
    store: 'decade',
    setup: (env) => {
      const ids = env!.ids(ACTIVE_PEOPLE);
      return (i) => peopleHandlers['people.get'](env!.ctx, { id: ids[i % ids.length]! });
    },
  },
  { name: 'ipc-people-list', store: 'decade', setup: (env) => () => env!.call('people.list', {}) },
  { name: 'direct-people-list', store: 'decade', setup: (env) => () => peopleHandlers['people.list'](env!.ctx, {}) },
];

export const coreComparisons: Comparison[] = [
  {
    operation: 'open + migrate decade store',
    op: 'open-decade',
    baseline: 'open-empty',
    baselineLabel: 'open empty store',
    target: { kind: 'at-most', ratio: 3 },
  },
  {
    operation: 'open + migrate decade store without quick_check',
    op: 'open-decade-no-check',
    baseline: 'open-empty',
    baselineLabel: 'open empty store',
    target: { kind: 'at-most', ratio: 3 },
    note: 'what opening costs apart from the corruption check, which reads every page',
  },
  { operation: 'people.get via IPC dispatcher', op: 'ipc-people-get', baseline: 'direct-people-get', baselineLabel: 'handler called directly', target: { kind: 'at-most', ratio: 1.1 } },
  { operation: 'people.list via IPC dispatcher', op: 'ipc-people-list', baseline: 'direct-people-list', baselineLabel: 'handler called directly', target: { kind: 'at-most', ratio: 1.1 } },
  { operation: 'people list (all, via IPC)', op: 'people-list', baseline: 'pk-lookup', baselineLabel: 'primary-key lookup', target: null },
];

export const corePayloads: PayloadProbe[] = [
  { label: 'people.list (active)', channel: 'people.list', input: () => ({}) },
  { label: 'people.list (all)', channel: 'people.list', input: () => ({ status: 'all' }) },
  { label: 'people.get', channel: 'people.get', input: (env) => ({ id: env.ids('SELECT id FROM people ORDER BY id LIMIT 1')[0] }) },
  { label: 'teams.list', channel: 'teams.list', input: () => ({}) },
  { label: 'people.erasePreview', channel: 'people.erasePreview', input: (env) => ({ id: env.ids('SELECT id FROM people ORDER BY id LIMIT 1')[0] }) },
  { label: 'people.export (one person, a download)', channel: 'people.export', input: (env) => ({ id: env.ids('SELECT id FROM people ORDER BY id LIMIT 1')[0] }) },
];

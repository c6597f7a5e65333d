import { openStore, type OpenStore } from '#electron/db/open';
import { createDispatcher } from '#electron/ipc/dispatcher';
import { peopleHandlers } from '#electron/domains/people/handlers';
import { createSettingsStore } from '#electron/settings/store';
import { BENCH_KEY } from '../generator';
import type { BenchCase, Comparison, Operation, PayloadProbe } from './types';

/**
 * Launch as the app does it (AppSession → openStore): open, migrate, and for a large store
 * the integrity check started in a worker, not waited for. Timed: opening (and what `until`
 * does). Untimed, after each: waiting for the check, so that one iteration's worker never
 * reads the file under the next one's timing, then closing: the connection stays open for the
 * wait, as the app's does, in case the worker cannot answer and the check runs on it instead
 * (a director's store on a machine this busy can take longer than the worker is waited for).
 */
const WORKER_EXIT_MS = 150;

function launch(file: string, until: (store: OpenStore, i: number) => void = () => undefined): Operation {
  let last: OpenStore | null = null;
  return {
    run: (i) => {
      last = openStore(file, { key: BENCH_KEY });
      until(last, i);
    },
    after: () => {
      if (last && last.check.state === 'pending') last.check.verdict();
      // The store before the check's WAL guard, as AppSession closes them.
      last?.db.close();
      last?.check.dispose();
      // The worker thread ends after its answer: give it time to go (untimed), or its exit
      // and heap teardown run beside the next iteration's timing, on a 2-core machine a third of it.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, WORKER_EXIT_MS);
    },
  };
}

/**
 * The first write a launched app accepts: a command through the dispatcher as AppSession
 * builds it. While the check runs the write is held in the WAL (issue 18), so it waits for
 * the verdict only where the hold could not be set up.
 */
function firstWrite(store: OpenStore, i: number): void {
  const values = new Map<string, unknown>();
  const dispatch = createDispatcher(
    {
      db: store.db,
      settings: createSettingsStore({ get: (k) => values.get(k), set: (k, v) => void values.set(k, v) }),
      now: () => new Date('2035-12-31T09:00:00Z'),
      dataFile: '',
      appVersion: 'bench',
    },
    undefined,
    {
      beforeCommand: () => {
        const verdict = store.check.holdsWrites ? store.check.state : store.check.verdict();
        if (verdict === 'damaged') throw new Error('the bench store is damaged');
      },
    },
  );
  const made = dispatch('teams.create', { name: `Bench launch ${process.pid}-${i}`, description: '' });
  if (!made.ok) throw new Error(`first write refused: ${made.error.message}`);
  // Left out of the store the other cases read.
  store.db.prepare('DELETE FROM teams WHERE id = ?').run((made.value as { id: string }).id);
}

const ACTIVE_PEOPLE = "SELECT id FROM people WHERE status = 'active' ORDER BY id";

/** The foundation's operations: opening, the IPC layer, people. */
export const coreCases: BenchCase[] = [
  { name: 'open-decade', store: 'none', onlyAt: 'decade', maxIterations: 5, setup: (_, f) => launch(f.decade) },
  { name: 'open-empty', store: 'none', onlyAt: 'decade', maxIterations: 40, setup: (_, f) => launch(f.empty) },
  {
    name: 'check-decade',
    store: 'none',
    onlyAt: 'decade',
    maxIterations: 3,
    setup: (_, f) => launch(f.decade, (store) => store.check.verdict()),
  },
  {
    name: 'first-write-decade',
    store: 'none',
    onlyAt: 'decade',
    maxIterations: 3,
    setup: (_, f) => launch(f.decade, firstWrite),
  },
  {
    name: 'pk-lookup',
    store: 'decade',
    setup: (env) => {
      const ids = env!.ids('SELECT id FROM people ORDER BY id');
      const byId = env!.db.prepare('SELECT * FROM people WHERE id = ?');
      return (i) => byId.get(ids[i % ids.length]);
    },
  },
  {
    name: 'ipc-people-get',
    store: 'decade',
    setup: (env) => {
      const ids = env!.ids(ACTIVE_PEOPLE);
      return (i) => env!.call('people.get', { id: ids[i % ids.length] });
    },
    warmupMs: 300,
    baseline: (env) => {
      const ids = env!.ids(ACTIVE_PEOPLE);
      return (i) => peopleHandlers['people.get'](env!.ctx, { id: ids[i % ids.length]! });
    },
  },
];

export const coreComparisons: Comparison[] = [
  {
    operation: 'open + migrate decade store',
    op: 'open-decade',
    baseline: 'open-empty',
    baselineLabel: 'open empty store',
    target: { kind: 'at-most', ratio: 3 },
    note: 'what launch costs: the integrity check is started in a worker, not awaited',
  },
  {
    operation: 'background integrity check of the decade store',
    op: 'check-decade',
    baseline: 'open-empty',
    baselineLabel: 'open empty store',
    target: null,
    note: 'launch until quick_check has passed in the worker; reads are served meanwhile',
  },
  {
    operation: 'time until the first write is accepted (decade store)',
    op: 'first-write-decade',
    baseline: 'check-decade',
    baselineLabel: 'launch until the integrity check has passed',
    target: { kind: 'at-most', ratio: 0.5 },
    note: 'launch, then a command committed while the check runs (held in the WAL until it passes): issue 18 asks for sooner than the check',
  },
  {
    operation: 'people.get via IPC dispatcher',
    op: 'ipc-people-get',
    baseline: 'ipc-people-get/baseline',
    baselineLabel: 'handler called directly',
    target: { kind: 'at-most', ratio: 1.1 },
    note: 'a query: no transaction; both timed alternately in each process',
  },
];

export const corePayloads: PayloadProbe[] = [
  // The people screen: a page at a time.
  { label: 'people.page (active, first page)', channel: 'people.page', input: () => ({ offset: 0 }) },
  { label: 'people.page (all, first page)', channel: 'people.page', input: () => ({ status: 'all', offset: 0 }) },
  // Pickers ask for the few people matching what is typed: cases/people.ts.
  {
    label: 'people.get',
    channel: 'people.get',
    input: (env) => ({ id: env.ids('SELECT id FROM people ORDER BY id LIMIT 1')[0] }),
  },
  { label: 'teams.list', channel: 'teams.list', input: () => ({}) },
  {
    label: 'people.erasePreview',
    channel: 'people.erasePreview',
    input: (env) => ({ id: env.ids('SELECT id FROM people ORDER BY id LIMIT 1')[0] }),
  },
  {
    label: 'people.export (one person, a download)',
    channel: 'people.export',
    input: (env) => ({ id: env.ids('SELECT id FROM people ORDER BY id LIMIT 1')[0] }),
  },
];

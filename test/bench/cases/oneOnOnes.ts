import { HISTORY_PAGE, HISTORY_PAGE_MAX, type HistoryPage } from '#shared/oneOnOnes/history';
import { OVERVIEW_PAGE } from '#shared/oneOnOnes/model';
import { SEARCH_QUERIES } from '../words';
import type { BenchEnv } from '../env';
import { eachPersonInTurn } from './perPerson';
import type { BenchCase, Comparison, PayloadProbe } from './types';

const ACTIVE = "SELECT id FROM people WHERE status = 'active' ORDER BY id";
/** Each active person's newest meeting: the one autosave writes to (older ones are read-only once a later one is held). */
const LATEST = `SELECT m.id FROM oo_meetings m WHERE m.seq = (SELECT max(seq) FROM oo_meetings WHERE person_id = m.person_id)
  AND m.person_id IN (SELECT id FROM people WHERE status = 'active') ORDER BY m.id`;

/**
 * The LIKE baseline reads the same text search does (shared and private notes, item text),
 * every word anywhere, newest 50 first: what search would cost without the index.
 */
function likeScan(env: BenchEnv) {
  const cache = new Map<string, ReturnType<BenchEnv['db']['prepare']>>();
  return (text: string) => {
    const words = text.split(/\s+/);
    const key = String(words.length);
    if (!cache.has(key)) {
      const all = (col: string) => words.map((_, i) => `${col} LIKE @w${i}`).join(' AND ');
      cache.set(
        key,
        env.db.prepare(`SELECT * FROM (
           SELECT m.id, m.date FROM oo_meetings m WHERE (${all('m.shared_notes')}) OR (${all('m.private_notes')})
           UNION ALL
           SELECT i.id, coalesce(om.date, '') FROM oo_items i LEFT JOIN oo_meetings om ON om.id = i.origin_meeting_id WHERE ${all('i.text')}
         ) ORDER BY date DESC LIMIT 50`),
      );
    }
    return cache.get(key)!.all(Object.fromEntries(words.map((w, i) => [`w${i}`, `%${w}%`])));
  };
}

/** One column of the newest meeting of each person, in turn: no index touched, one commit. */
function durableUpdate(env: BenchEnv): (i: number) => unknown {
  const meetings = env.ids(LATEST);
  const touch = env.db.prepare('UPDATE oo_meetings SET updated_at = ? WHERE id = ?');
  return (i) => touch.run(`2035-12-31T09:00:${String(i % 60).padStart(2, '0')}.000Z`, meetings[i % meetings.length]);
}

export const oneOnOneCases: BenchCase[] = [
  {
    name: 'pk-meeting',
    store: 'decade',
    setup: (env) => {
      const ids = env!.ids('SELECT id FROM oo_meetings ORDER BY id LIMIT 5000');
      const byId = env!.db.prepare('SELECT * FROM oo_meetings WHERE id = ?');
      return (i) => byId.get(ids[(i * 7919) % ids.length]);
    },
  },
  eachPersonInTurn('prep-view', 'oneOnOnes.prep'),
  {
    // Every active person in turn: at director scale ten times as many people's pages as the
    // page cache held at decade scale. For information, beside prep-view.
    name: 'prep-view-everyone',
    store: 'decade',
    setup: (env) => {
      const people = env!.ids(ACTIVE);
      return (i) => env!.call('oneOnOnes.prep', { personId: people[i % people.length] });
    },
  },
  {
    name: 'notes-search',
    store: 'decade',
    setup: (env) => (i) =>
      env!.call('oneOnOnes.search', { text: SEARCH_QUERIES[i % SEARCH_QUERIES.length]!, includePrivate: true }),
  },
  {
    name: 'notes-like-scan',
    store: 'decade',
    maxIterations: 16,
    setup: (env) => {
      const scan = likeScan(env!);
      return (i) => scan(SEARCH_QUERIES[i % SEARCH_QUERIES.length]!);
    },
  },
  {
    // Against the cheapest durable write in the same process, turn about: both are mostly one
    // fsync, whose cost swings from process to process far more than autosave's own work.
    name: 'autosave',
    store: 'decade',
    maxIterations: 100,
    setup: (env) => {
      const meetings = env!.ids(LATEST);
      return (i) =>
        env!.call('oneOnOnes.saveNotes', {
          meetingId: meetings[i % meetings.length],
          sharedNotes: `Notes typed so far, keystroke ${i}: rollout plan and holiday cover.`,
        });
    },
    baseline: (env) => durableUpdate(env!),
  },
  {
    // The cheapest durable write there is: one column of the same row, no index touched, no
    // checks, one commit with synchronous=FULL. What any save costs before autosave's own work.
    name: 'durable-update',
    store: 'decade',
    maxIterations: 100,
    setup: (env) => durableUpdate(env!),
  },
  {
    // The same autosave without the per-commit fsync of synchronous=FULL: what the FTS upkeep itself costs.
    name: 'autosave-no-fsync',
    store: 'decade',
    maxIterations: 200,
    setup: (env) => {
      env!.db.pragma('synchronous = NORMAL');
      const meetings = env!.ids(LATEST);
      return (i) =>
        env!.call('oneOnOnes.saveNotes', {
          meetingId: meetings[i % meetings.length],
          sharedNotes: `Notes typed so far, keystroke ${i}: rollout plan and holiday cover.`,
        });
    },
  },
];

export const oneOnOneComparisons: Comparison[] = [
  {
    operation: '1:1 prep view for one person (via IPC)',
    op: 'prep-view',
    baseline: 'pk-meeting',
    baselineLabel: 'primary-key lookup (a meeting)',
    target: { kind: 'at-most', ratio: 10 },
  },
  {
    operation: '1:1 prep view, every active person in turn (via IPC)',
    op: 'prep-view-everyone',
    baseline: 'pk-meeting',
    baselineLabel: 'primary-key lookup (a meeting)',
    target: null,
    note: 'for information: how the page cache copes with ten times the people',
  },
  {
    operation: 'person screen: person, assessments, goals, mentoring (via IPC)',
    op: 'person-page',
    baseline: 'pk-meeting',
    baselineLabel: 'primary-key lookup (a meeting)',
    target: null,
  },
  {
    operation: "a page of one person's 1:1 history (via IPC)",
    op: 'history-page',
    baseline: 'pk-meeting',
    baselineLabel: 'primary-key lookup (a meeting)',
    target: null,
  },
  {
    operation: 'one 1:1 meeting with its items (via IPC)',
    op: 'meeting-view',
    baseline: 'pk-meeting',
    baselineLabel: 'primary-key lookup (a meeting)',
    target: null,
  },
  {
    operation: "one person's goals (via IPC)",
    op: 'goal-list',
    baseline: 'pk-meeting',
    baselineLabel: 'primary-key lookup (a meeting)',
    target: null,
  },
  {
    operation: 'notes search, top 50 with snippets (via IPC)',
    op: 'notes-search',
    baseline: 'notes-like-scan',
    baselineLabel: 'LIKE scan of the same text',
    target: { kind: 'faster-by', factor: 200 },
    note: `queries: ${SEARCH_QUERIES.join(', ')}`,
  },
  {
    operation: 'autosave of a note, FTS kept in step (via IPC)',
    op: 'autosave',
    baseline: 'pk-meeting',
    baselineLabel: 'primary-key lookup (a meeting)',
    target: { kind: 'at-most', ratio: 15 },
    // Measured on a decade store (2026-12-04), every piece timed call by call in one process.
    note:
      'a miss left standing, not met by dropping a guarantee: the durable write alone is 11-14× at decade scale. ' +
      'Beyond it, with fsync off, an autosave spends about 0.1 ms keeping the shared-notes index in step ' +
      '(FTS5 delete of the old text and insert of the new, whole words and six prefix lengths), ' +
      '0.02 ms on the edit checks (two indexed reads), 0.02 ms on dispatch, validation and BEGIN/COMMIT ' +
      'and 0.005 ms on writing the longer column; and its commit puts about 8 pages in the WAL against 1 ' +
      '(FTS segment and structure 3.5, its idx and docsize 2, the row 1, pages freed by merges and ' +
      'zeroed by secure_delete 1), each encrypted, all under the same fsync',
  },
  {
    operation: 'autosave of a note (via IPC), against the cheapest durable write',
    op: 'autosave',
    baseline: 'autosave/baseline',
    baselineLabel: 'one-column UPDATE of the same rows, no index, one fsync (same process, turn about)',
    target: { kind: 'at-most', ratio: 3 },
    note: 'our target: FTS upkeep and the checks may cost at most twice the commit itself',
  },
  {
    operation: 'cheapest durable write',
    op: 'durable-update',
    baseline: 'pk-meeting',
    baselineLabel: 'primary-key lookup (a meeting)',
    target: null,
    note: 'the floor under any save that survives power loss: it alone uses most of the ≤ 15× the issue allows autosave',
  },
  {
    operation: 'autosave without per-commit fsync',
    op: 'autosave-no-fsync',
    baseline: 'pk-meeting',
    baselineLabel: 'primary-key lookup (a meeting)',
    target: { kind: 'at-most', ratio: 15 },
    note: 'synchronous=NORMAL, to separate FTS upkeep from durability',
  },
];

const person = (env: BenchEnv) => env.ids(ACTIVE)[0];
export const oneOnOnePayloads: PayloadProbe[] = [
  {
    label: `oneOnOnes.overview (first page, ${OVERVIEW_PAGE} people)`,
    channel: 'oneOnOnes.overview',
    input: () => ({}),
  },
  {
    label: 'oneOnOnes.overview (the next page, on Show more)',
    channel: 'oneOnOnes.overview',
    input: () => ({ offset: OVERVIEW_PAGE }),
  },
  { label: 'oneOnOnes.prep', channel: 'oneOnOnes.prep', input: (env) => ({ personId: person(env) }) },
  // Paged: the list asks for the newest page, then older ones as it scrolls; the evidence picker takes the largest page.
  {
    label: `oneOnOnes.history (one person of 500 meetings: newest page of ${HISTORY_PAGE})`,
    channel: 'oneOnOnes.history',
    input: (env) => ({ personId: person(env) }),
  },
  {
    label: 'oneOnOnes.history (the next older page, by cursor)',
    channel: 'oneOnOnes.history',
    input: (env) => {
      // dispatch, not call: on the empty store (memory baseline) there is no person and the probe is refused.
      const first = env.dispatch('oneOnOnes.history', { personId: person(env) });
      const next = first.ok ? (first.value as HistoryPage).next : null;
      return { personId: person(env), ...(next ? { cursor: next } : {}) };
    },
  },
  {
    label: `oneOnOnes.history (largest page, ${HISTORY_PAGE_MAX})`,
    channel: 'oneOnOnes.history',
    input: (env) => ({ personId: person(env), limit: HISTORY_PAGE_MAX }),
  },
  { label: 'oneOnOnes.meeting', channel: 'oneOnOnes.meeting', input: (env) => ({ meetingId: env.ids(LATEST)[0] }) },
  {
    label: "oneOnOnes.nextMeeting (the meeting screen's Next 1:1)",
    channel: 'oneOnOnes.nextMeeting',
    input: (env) => ({ meetingId: env.ids(LATEST)[0] }),
  },
  {
    label: 'oneOnOnes.search (common word, top 50)',
    channel: 'oneOnOnes.search',
    input: () => ({ text: 'team', includePrivate: true }),
  },
];

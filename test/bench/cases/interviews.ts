import { calibrationCardsSql } from '#electron/domains/interviews/calibrationCards';
import type { BenchEnv } from '../env';
import type { BenchCase, Comparison, LatencyRow, PayloadProbe } from './types';

/**
 * Debrief for a role with 200 candidates × 5 interviewers (the first generated role), from
 * the interviews branch's own benchmark: the handler through the dispatcher for every
 * candidate, against bare SELECTs of the same rows.
 */
function firstRole(env: BenchEnv) {
  const role = env.ids('SELECT id FROM interview_roles ORDER BY title LIMIT 1')[0]!;
  const kit = env.ids(`SELECT id FROM interview_kits WHERE role_id = '${role}'`)[0]!;
  const candidates = env.ids(`SELECT id FROM candidates WHERE role_id = '${role}' ORDER BY id`);
  return { role, kit, candidates };
}

const BARE_DEBRIEF = `SELECT s.id, s.interviewer_id, s.recommendation, r.item_key, r.score, r.evidence
  FROM scorecards s JOIN scorecard_ratings r ON r.scorecard_id = s.id
  WHERE s.candidate_id = ? AND s.kit_id = ?`;

/**
 * Every submitted card's packed row, bare: the very statement calibration reads them with since
 * migration 022 (one row per card from calibration_cards, in key order), beside the few dozen
 * layouts and the interviewers' names it reads too, with nothing named, unpacked or worked
 * out. Until 022 the baseline was a bare read of every submitted rating joined to its card
 * (250,000 rows at a director's scale), which calibration no longer reads; until the handler
 * worked from packed rows it was `SELECT *` of the cards, a few columns more than it reads.
 */
const BARE_CALIBRATION = [
  calibrationCardsSql(false),
  'SELECT id, kit_version_id, item_keys FROM calibration_layouts',
  'SELECT id, name FROM interviewers',
];

/** Calibration across every role: what the screen asks for when it opens. */
const calibrateAll = (env: BenchEnv) => () => env.call('interviews.calibration', { roleId: null });

export const interviewCases: BenchCase[] = [
  {
    // The bare read alternates with it in the same process: both are mostly reading the same
    // pages, whose cost a neighbour's load moves far more between processes than between turns.
    name: 'calibration-all',
    store: 'decade',
    maxIterations: 30,
    setup: (env) => calibrateAll(env!),
    baseline: (env) => {
      const bare = BARE_CALIBRATION.map((sql) => env!.db.prepare(sql).raw());
      return () => bare.map((read) => read.all());
    },
  },
  {
    name: 'debrief-role',
    store: 'decade',
    maxIterations: 15,
    setup: (env) => {
      const { kit, candidates } = firstRole(env!);
      return () => {
        for (const id of candidates) env!.call('interviews.debrief', { candidateId: id, kitId: kit });
      };
    },
    // The bare scan again, timed alternately with the debriefs in the same process: on a busy
    // machine two processes' timings differ by more than the 2× being measured (2.71× once).
    baseline: (env) => {
      const { kit, candidates } = firstRole(env!);
      const bare = env!.db.prepare(BARE_DEBRIEF);
      return () => {
        for (const id of candidates) bare.all(id, kit);
      };
    },
  },
  {
    name: 'debrief-bare-scan',
    store: 'decade',
    maxIterations: 15,
    setup: (env) => {
      const { kit, candidates } = firstRole(env!);
      const bare = env!.db.prepare(BARE_DEBRIEF);
      return () => {
        for (const id of candidates) bare.all(id, kit);
      };
    },
  },
  {
    name: 'debrief-all-rows',
    store: 'decade',
    maxIterations: 15,
    setup: (env) => {
      const { kit, candidates } = firstRole(env!);
      const db = env!.db;
      const bare = db.prepare(BARE_DEBRIEF);
      const candidate = db.prepare('SELECT * FROM candidates WHERE id = ?');
      const version = db.prepare('SELECT * FROM interview_kit_versions WHERE kit_id = ? ORDER BY version DESC LIMIT 1');
      const decision = db.prepare('SELECT * FROM interview_decisions WHERE candidate_id = ? AND kit_id = ?');
      return () => {
        for (const id of candidates) {
          candidate.get(id);
          version.get(kit);
          decision.get(id, kit);
          bare.all(id, kit);
        }
      };
    },
  },
];

export const interviewComparisons: Comparison[] = [
  {
    operation: 'calibration, every role (via IPC)',
    op: 'calibration-all',
    baseline: 'calibration-all/baseline',
    baselineLabel:
      "bare read of what calibration reads: each submitted card's packed row, the layouts, the names (same process, turn about)",
    target: { kind: 'at-most', ratio: 2 },
    note:
      'the calibration screen as it opens; 50,000 scorecards at director scale. Baseline since migration 022: ' +
      'the packed rows calibration now reads (before: every rating joined to its card, which it no longer reads)',
  },
  {
    operation: 'debrief × 200 candidates × 5 interviewers (via IPC)',
    op: 'debrief-role',
    baseline: 'debrief-role/baseline',
    baselineLabel: 'bare scan of the same scorecards and ratings, timed alternately in the same process',
    target: { kind: 'at-most', ratio: 2 },
  },
  {
    operation: 'debrief × 200 candidates (via IPC), against the bare scan in its own process',
    op: 'debrief-role',
    baseline: 'debrief-bare-scan',
    baselineLabel: 'bare scan of the same scorecards and ratings',
    target: null,
    note: 'how it was measured before: processes apart, so neighbours load one and not the other',
  },
  {
    operation: 'debrief × 200 candidates (via IPC)',
    op: 'debrief-role',
    baseline: 'debrief-all-rows',
    baselineLabel: 'bare reads of every row a debrief needs',
    target: null,
    note: 'adds the candidate, kit version and decision to the baseline',
  },
];

export const interviewPayloads: PayloadProbe[] = [
  { label: 'interviews.listRoles', channel: 'interviews.listRoles', input: () => ({}) },
  {
    label: 'interviews.listCandidates (200 candidates)',
    channel: 'interviews.listCandidates',
    input: (env) => ({ roleId: firstRole(env).role }),
  },
  {
    label: 'interviews.getCandidate',
    channel: 'interviews.getCandidate',
    input: (env) => ({ id: firstRole(env).candidates[0] }),
  },
  {
    label: 'interviews.debrief',
    channel: 'interviews.debrief',
    input: (env) => ({ candidateId: firstRole(env).candidates[0], kitId: firstRole(env).kit }),
  },
  { label: 'interviews.calibration (all roles)', channel: 'interviews.calibration', input: () => ({ roleId: null }) },
];

const CALIBRATION_CALLS = 10;

/** Calibration call by call: an interaction answered within RAIL's 100 ms at director scale. */
export const interviewLatencyCases: BenchCase[] = [
  {
    name: 'calibration-latency',
    store: 'decade',
    latency: { inputs: CALIBRATION_CALLS, passes: 1 },
    setup: (env) => calibrateAll(env!),
  },
];

export const interviewLatencyRows: LatencyRow[] = [
  {
    operation: 'calibration, every role',
    op: 'calibration-latency',
    budgetMs: { decade: 16, director: 100 },
    note: `${CALIBRATION_CALLS} calls`,
  },
];

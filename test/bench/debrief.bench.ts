/**
 * Debrief and calibration for one role with 200 candidates × 5 interviewers (1 000
 * submitted scorecards, 5 competencies each), as a ratio to a bare scan of the same rows.
 * Not run by `npm test`. Run:  npx tsx test/bench/debrief.bench.ts
 *
 * - debrief: `interviews.debrief` through the real dispatcher (validation, transaction,
 *   independence check, aggregation) for all 200 candidates, vs. two baselines: a bare
 *   SELECT of each candidate's scorecards joined to their ratings ("ratings only"), and the
 *   same plus bare reads of the other rows a debrief needs — the candidate, the kit's
 *   latest version, the decision ("all rows read").
 * - calibration: `interviews.calibration` for the role, vs. one bare SELECT of every
 *   submitted rating of the role.
 * Data come from a fixed seed; each case runs several rounds after a warm-up; medians.
 */
import type { Recommendation } from '../../shared/interviews/model';
import { createTestApp } from '../support/testApp';

const CANDIDATES = 200;
const INTERVIEWERS = 5;
const COMPETENCIES = 5;
const ROUNDS = 15;

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20261124);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;

const app = createTestApp({ now: new Date('2026-03-02T09:00:00Z') });
const names = Array.from({ length: COMPETENCIES }, (_, i) => `Competency ${i + 1}`);
const role = app.call('interviews.roleCreate', {
  title: 'Bench role',
  level: '',
  retentionDays: null,
  competencies: names.map((name) => ({ name, description: '', ladderCompetencyId: null })),
});
const anchors: [string, string, string, string] = ['one', 'two', 'three', 'four'];
const kit = app.call('interviews.kitSave', {
  roleId: role.id,
  kitId: null,
  fields: {
    stage: 'Onsite',
    kind: 'interview',
    items: role.competencies.map((c) => ({ name: c.name, competencyId: c.id, anchors })),
    questions: [],
    timePlan: [],
  },
});
const interviewers = Array.from({ length: INTERVIEWERS }, (_, i) => app.call('interviews.interviewerCreate', { name: `Interviewer ${i + 1}`, personId: null }));
app.call('interviews.prefsUpdate', { selfInterviewerId: interviewers[0]!.id, retentionDays: 365 });
const recs: Recommendation[] = ['strong_no', 'no', 'yes', 'strong_yes'];
const candidates: string[] = [];
app.db.transaction(() => {
  for (let c = 0; c < CANDIDATES; c++) {
    const candidate = app.call('interviews.candidateCreate', { roleId: role.id, fields: { name: `Candidate ${c}`, stage: 'Onsite', source: '' } });
    candidates.push(candidate.id);
    for (const interviewer of interviewers) {
      const { scorecardId } = app.call('interviews.panelAdd', { candidateId: candidate.id, kitId: kit.id, interviewerId: interviewer.id });
      const ratings = kit.current.items.map((item) => ({ itemKey: item.key, score: 1 + Math.floor(random() * 4), evidence: 'seen' }));
      app.call('interviews.scorecardSave', { id: scorecardId, ratings, recommendation: pick(recs), submit: true });
    }
  }
})();

const bareDebrief = app.db.prepare(
  `SELECT s.id, s.interviewer_id, s.recommendation, r.item_key, r.score, r.evidence
   FROM scorecards s JOIN scorecard_ratings r ON r.scorecard_id = s.id
   WHERE s.candidate_id = ? AND s.kit_id = ?`,
);
const bareCandidate = app.db.prepare('SELECT * FROM candidates WHERE id = ?');
const bareKit = app.db.prepare('SELECT * FROM interview_kit_versions WHERE kit_id = ? ORDER BY version DESC LIMIT 1');
const bareDecision = app.db.prepare('SELECT * FROM interview_decisions WHERE candidate_id = ? AND kit_id = ?');
const bareCalibration = app.db.prepare(
  `SELECT s.id, s.candidate_id, s.interviewer_id, s.submitted_at, s.recommendation, r.item_key, r.score
   FROM scorecards s JOIN scorecard_ratings r ON r.scorecard_id = s.id
   JOIN interview_kits k ON k.id = s.kit_id AND k.role_id = ?
   WHERE s.status = 'submitted'`,
);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Operation and baseline alternate round by round, so load on a shared machine hits both alike. */
function compare(op: () => void, base: () => void): { op: number; base: number; ratio: number } {
  op(); // warm-up: statement caches, page cache, JIT
  base();
  const ops: number[] = [];
  const bases: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    let start = performance.now();
    op();
    const o = performance.now() - start;
    start = performance.now();
    base();
    const b = performance.now() - start;
    ops.push(o);
    bases.push(b);
    ratios.push(o / b);
  }
  return { op: median(ops), base: median(bases), ratio: median(ratios) };
}

const debriefAll = () => {
  for (const id of candidates) app.call('interviews.debrief', { candidateId: id, kitId: kit.id });
};
const cases = [
  {
    name: `debrief × ${CANDIDATES} candidates (vs ratings only)`,
    op: debriefAll,
    base: () => {
      for (const id of candidates) bareDebrief.all(id, kit.id);
    },
  },
  {
    name: `debrief × ${CANDIDATES} candidates (vs all rows read)`,
    op: debriefAll,
    base: () => {
      for (const id of candidates) {
        bareCandidate.get(id);
        bareKit.get(kit.id);
        bareDecision.get(id, kit.id);
        bareDebrief.all(id, kit.id);
      }
    },
  },
  {
    name: `calibration (${CANDIDATES * INTERVIEWERS} scorecards)`,
    op: () => app.call('interviews.calibration', { roleId: role.id }),
    base: () => bareCalibration.all(role.id),
  },
];

for (const c of cases) {
  const r = compare(c.op, c.base);
  process.stdout.write(`${c.name}: ${r.op.toFixed(2)} ms vs bare scan ${r.base.toFixed(2)} ms → median ratio ${r.ratio.toFixed(2)}×\n`);
}
app.close();

import type { Candidate, Decision, KitVersion } from '#shared/interviews/model';
import type { ReadableDB } from '../../db/access';
import { findKitVersion } from './queries';
import { stmt } from './stmt';

/**
 * The candidate as a debrief shows them: their role (to check the kit against) and what
 * their label is made of. Retention is left out on purpose: working out whether erasure is
 * due needs today's date on the manager's clock, which costs more than the rest of the
 * lookup (a settings read and a time-zone resolution), and no debrief shows it.
 */
export type DebriefCandidate = Pick<Candidate, 'roleId' | 'name' | 'alias'>;

export interface DebriefContext {
  candidate: DebriefCandidate;
  selfInterviewerId: string | null;
  /** Null when no kit has that id. */
  kit: { roleId: string; roleTitle: string; current: KitVersion } | null;
  decision: Decision | null;
}

export const CURRENT_VERSION_SQL =
  'SELECT id FROM interview_kit_versions INDEXED BY interview_kit_versions_current WHERE kit_id = ? ORDER BY version DESC LIMIT 1';

type CandidateRow = [roleId: string, name: string, alias: string];
type DecisionRow = [outcome: Decision['outcome'], rationale: string, decidedAt: string];

function roleTitleOf(db: ReadableDB, roleId: string): string | undefined {
  return stmt(db, 'SELECT title FROM interview_roles WHERE id = ?').pluck().get(roleId) as string | undefined;
}

/**
 * A kit's role, per connection: kits never move between roles (there is no UPDATE of
 * interview_kits), so this is read once. Whether the kit still exists is settled on every
 * call by the current-version lookup, which finds nothing once a kit is gone.
 */
const kitRoles = new WeakMap<ReadableDB, Map<string, string>>();

function kitRoleOf(db: ReadableDB, kitId: string): string | undefined {
  let roles = kitRoles.get(db);
  if (!roles) kitRoles.set(db, (roles = new Map()));
  let roleId = roles.get(kitId);
  if (roleId === undefined) {
    roleId = stmt(db, 'SELECT role_id FROM interview_kits WHERE id = ?').pluck().get(kitId) as string | undefined;
    if (roleId !== undefined) roles.set(kitId, roleId);
  }
  return roleId;
}

/**
 * Everything a debrief needs besides the scorecards. The debrief is opened for every
 * candidate of a role in turn, so this runs 200 times in the bench: measured there, a
 * single six-table join cost ~55 µs a call while the same rows read by primary key, one
 * small single-table statement each, cost a few µs apiece. The kit's current version id
 * comes from a covering index; its parsed content from the version cache, so a version's
 * JSON is parsed once rather than once per debrief.
 */
export function debriefContext(db: ReadableDB, candidateId: string, kitId: string): DebriefContext | undefined {
  const row = stmt(db, 'SELECT role_id, name, alias FROM candidates WHERE id = ?').raw().get(candidateId) as
    CandidateRow | undefined;
  if (!row) return undefined;
  const [roleId, name, alias] = row;
  const selfInterviewerId = stmt(db, 'SELECT self_interviewer_id FROM interview_prefs WHERE id = 1').pluck().get() as
    string | null | undefined;

  // Named: on small tables the planner ties it with the (kit_id, version) unique index and
  // picks that one, which then reads the table row too (migration 007).
  const currentId = stmt(db, CURRENT_VERSION_SQL).pluck().get(kitId) as string | undefined;
  const current = currentId === undefined ? undefined : findKitVersion(db, currentId);
  const kitRoleId = current ? kitRoleOf(db, kitId) : undefined;
  const kitRoleTitle = kitRoleId === undefined ? undefined : roleTitleOf(db, kitRoleId);

  const decision = stmt(
    db,
    'SELECT outcome, rationale, decided_at FROM interview_decisions WHERE candidate_id = ? AND kit_id = ?',
  )
    .raw()
    .get(candidateId, kitId) as DecisionRow | undefined;
  return {
    candidate: { roleId, name, alias },
    selfInterviewerId: selfInterviewerId ?? null,
    kit:
      current && kitRoleId !== undefined && kitRoleTitle !== undefined
        ? { roleId: kitRoleId, roleTitle: kitRoleTitle, current }
        : null,
    decision: decision ? { kitId, outcome: decision[0], rationale: decision[1], decidedAt: decision[2] } : null,
  };
}

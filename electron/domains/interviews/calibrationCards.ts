import type { InterviewerCalibration } from '#shared/interviews/calibration';
import { calibratePacked, type PackedCard } from '#shared/interviews/calibratePacked';
import type { ReadableDB } from '../../db/access';
import { findKitVersion } from './queries';
import { stmt } from './stmt';

/**
 * Every role's submitted cards, one row each from calibration_cards (migrations 022–023, kept
 * in step by triggers), in card-id order; one role's through its kits, in the same order. The
 * order is the one calibration read them in before 022, so its sums come out the same.
 */
export const calibrationCardsSql = (byRole: boolean) =>
  `SELECT c.candidate_id || '/' || c.kit_id, c.layout_id, c.interviewer_id, c.submitted_at, c.recommendation, c.scores
     FROM ${byRole ? 'interview_kits k JOIN calibration_cards c ON c.kit_id = k.id AND k.role_id = @roleId' : 'calibration_cards c'}
     ORDER BY c.scorecard_id`;

/** Each layout's item keys named from its kit version (an item since gone keeps its key), indexed by layout id. */
function competenciesByLayout(db: ReadableDB): string[][] {
  const named: string[][] = [];
  for (const [id, versionId, itemKeys] of stmt(db, 'SELECT id, kit_version_id, item_keys FROM calibration_layouts')
    .raw()
    .all() as [number, string, string][]) {
    const byKey = new Map(findKitVersion(db, versionId)?.items.map((i) => [i.key, i.name]) ?? []);
    named[id] = (JSON.parse(itemKeys) as string[]).map((k) => byKey.get(k) ?? k);
  }
  return named;
}

/**
 * Calibration as the screen asks for it: every submitted card (of one role, or all) less the
 * panels in `closed`, worked straight from the packed rows (calibratePacked), with no card object
 * made per row: at a director's scale that was 50,000 cards and their rating arrays, a third
 * of the call.
 */
export function calibrationOf(db: ReadableDB, roleId: string | null, closed: Set<string>): InterviewerCalibration[] {
  const rows = stmt(db, calibrationCardsSql(roleId !== null))
    .raw()
    .all(roleId ? { roleId } : {}) as PackedCard[];
  const names = new Map(stmt(db, 'SELECT id, name FROM interviewers').raw().all() as [string, string][]);
  return calibratePacked(rows, competenciesByLayout(db), names, (panelKey) => closed.has(panelKey));
}

import { byUrgency, pairHealth } from '#shared/mentoring/health';
import { ENDED_PAIRS_PAGE, type Overview, type PairDetail, type PairSummary } from '#shared/mentoring/model';
import type { ReadableDB } from '../../db/access';
import { notFound } from '../../ipc/domainError';
import * as q from './queries';

/** "Today" for every rule: the main process clock, so tests can move it. */
export { today as todayOf } from '../clock';

function toSummary(row: q.PairRow, focusAreas: PairSummary['focusAreas'], today: string): PairSummary {
  const summary = {
    id: row.id,
    mentor: { id: row.mentor_id, name: row.mentor_name },
    mentee: { id: row.mentee_id, name: row.mentee_name },
    status: row.status,
    focusAreas,
    ...q.pairTerms(row),
    sessionCount: row.session_count,
    lastSessionDate: row.last_session,
    firstFit: row.first_fit,
    createdAt: row.created_at,
  };
  const health = pairHealth(
    {
      status: row.status,
      startDate: row.start_date,
      plannedEnd: row.planned_end,
      cadenceDays: row.cadence_days,
      lastSessionDate: row.last_session,
      sessionCount: row.session_count,
      firstFit: row.first_fit,
    },
    today,
  );
  return { ...summary, health };
}

/**
 * Pairs (all, or one person's) with health, most urgent first, ended ones last. Only an
 * active pair can have a health flag (pairHealth), so a caller after flags asks for active ones.
 */
export function pairSummaries(
  db: ReadableDB,
  today: string,
  personId?: string,
  options: { activeOnly?: boolean } = {},
): PairSummary[] {
  const rows = q.listPairRows(db, personId, options.activeOnly);
  const areas = q.focusAreasByPair(
    db,
    rows.map((r) => r.id),
  );
  const rank = (p: PairSummary) => (p.status === 'ended' ? 1 : 0);
  return rows
    .map((r) => toSummary(r, areas.get(r.id) ?? [], today))
    .sort((a, b) => rank(a) - rank(b) || byUrgency(a, b));
}

/** The mentoring screen: open pairs, then the first page of ended ones (Overview). */
export function mentoringOverview(db: ReadableDB, today: string): Overview {
  const all = pairSummaries(db, today);
  const firstEnded = all.findIndex((p) => p.status === 'ended');
  const open = firstEnded === -1 ? all.length : firstEnded;
  return { today, pairs: all.slice(0, open + ENDED_PAIRS_PAGE), endedTotal: all.length - open };
}

/** Ended pairs after the first `offset`, in the overview's order: what "Show more" adds. */
export function endedPairsPage(db: ReadableDB, today: string, offset: number): PairSummary[] {
  return pairSummaries(db, today)
    .filter((p) => p.status === 'ended')
    .slice(offset, offset + ENDED_PAIRS_PAGE);
}

export function pairDetail(db: ReadableDB, id: string, today: string): PairDetail {
  const row = q.findPairRow(db, id);
  if (!row) throw notFound('mentoring pair');
  const areas = q.focusAreasByPair(db, [id]).get(id) ?? [];
  return { ...toSummary(row, areas, today), sessions: q.listSessions(db, id), today };
}

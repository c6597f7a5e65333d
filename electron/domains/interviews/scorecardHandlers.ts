import type { Debrief } from '#shared/interviews/contract';
import { summariseDebrief } from '#shared/interviews/debrief';
import type { KitVersion, Scorecard } from '#shared/interviews/model';
import { decisionProblems } from '#shared/interviews/decisionRules';
import { scorecardChangeProblems } from '#shared/interviews/scorecardRules';
import type { QueryContext } from '../../ipc/context';
import { conflict, invalid, notFound, refuse } from '../../ipc/domainError';
import type { HandlerMap } from '../../ipc/handlers';
import { myTimeZone } from '#shared/settings/model';
import { candidateLabel, requireCandidate, requireKitOfCandidate, requireOwnSubmitted, stamp, today } from './access';
import { debriefContext } from './debriefQuery';
import { debriefMarkdown } from './debriefMarkdown';
import * as q from './queries';
import { checkComplete, checkRecommendationOrder, describeChanges, matchRatings } from './ratingRules';
import { importScorecard, exportScorecard } from './scorecardTransfer';
import * as s from './scorecardQueries';
import { calibrationOf } from './calibrationCards';

type Channel =
  | 'interviews.addToPanel'
  | 'interviews.getScorecard'
  | 'interviews.saveScorecard'
  | 'interviews.amendScorecard'
  | 'interviews.exportScorecard'
  | 'interviews.importScorecard'
  | 'interviews.debrief'
  | 'interviews.exportDebrief'
  | 'interviews.decide'
  | 'interviews.calibration';

/** A scorecard as its reader may see it: someone else's stays closed while yours is a draft. */
export function readScorecard(ctx: QueryContext, id: string): Scorecard {
  const row = s.findScorecard(ctx.db, id);
  if (!row) throw notFound('scorecard');
  if (row.interviewerId !== q.getPrefs(ctx.db).selfInterviewerId) requireOwnSubmitted(ctx, row.candidateId, row.kitId);
  const kit = q.findKitVersion(ctx.db, row.kitVersionId)!;
  const candidate = requireCandidate(ctx, row.candidateId);
  return {
    id: row.id,
    candidateId: row.candidateId,
    candidateName: kit.kind === 'work_sample' ? null : candidate.name,
    candidateLabel: candidateLabel(candidate, kit.kind),
    kitId: row.kitId,
    kit,
    interviewerId: row.interviewerId,
    interviewerName: row.interviewerName,
    source: row.source,
    status: row.status,
    recommendation: row.recommendation,
    ratings: matchRatings(kit, s.ratingsOf(ctx.db, id)),
    submittedAt: row.submittedAt,
    amendments: s.amendmentsOf(ctx.db, id),
  };
}

/** The items of every kit version the panel scored against, current version's order first. */
function debriefItems(current: KitVersion, versions: KitVersion[]) {
  const items = current.items.map((i) => ({ key: i.key, name: i.name }));
  for (const v of versions)
    for (const i of v.items) if (!items.some((x) => x.key === i.key)) items.push({ key: i.key, name: i.name });
  return items;
}

export function buildDebrief(ctx: QueryContext, candidateId: string, kitId: string): Debrief {
  const context = debriefContext(ctx.db, candidateId, kitId);
  if (!context) throw notFound('candidate', 'candidateId');
  const { candidate, kit, decision, selfInterviewerId } = context;
  if (!kit) throw notFound('interview kit', 'kitId');
  if (kit.roleId !== candidate.roleId) throw invalid('That kit belongs to another role.', 'kitId');
  const cards = s.panelCardsWithRatings(ctx.db, candidateId, kitId);
  // Independence, from the rows already loaded (the same rule as requireOwnSubmitted).
  if (selfInterviewerId && cards.some((c) => c.interviewerId === selfInterviewerId && c.status !== 'submitted')) {
    requireOwnSubmitted(ctx, candidateId, kitId);
  }
  const submitted = cards.filter((c) => c.status === 'submitted');
  const versionIds = [...new Set(submitted.map((c) => c.kitVersionId))];
  const versions = versionIds.map((v) => q.findKitVersion(ctx.db, v)!);
  const summary = summariseDebrief(debriefItems(kit.current, versions), submitted);
  return {
    candidateId,
    candidateLabel: candidateLabel(candidate, kit.current.kind),
    roleTitle: kit.roleTitle,
    stage: kit.current.stage,
    kind: kit.current.kind,
    summary,
    pending: cards.filter((c) => c.status !== 'submitted').map((c) => c.interviewerName),
    decision,
  };
}

export const scorecardHandlers: HandlerMap<Channel> = {
  'interviews.addToPanel': (ctx, { candidateId, kitId, interviewerId }) => {
    const candidate = requireCandidate(ctx, candidateId, 'candidateId');
    const kit = requireKitOfCandidate(ctx, candidate, kitId);
    if (!q.findInterviewer(ctx.db, interviewerId)) throw notFound('panel member', 'interviewerId');
    if (s.findScorecardFor(ctx.db, candidateId, kitId, interviewerId)) {
      throw conflict('This interviewer is already on the panel for this stage.', 'interviewerId');
    }
    const self = q.getPrefs(ctx.db).selfInterviewerId;
    const source = interviewerId === self ? 'own' : 'entered';
    const items = kit.current.items.map((i) => i.key);
    const id = s.insertScorecard(
      ctx.db,
      { candidateId, kitId, kitVersionId: kit.current.id, interviewerId, source },
      items,
      stamp(ctx),
    );
    return s.panelOf(ctx.db, candidateId).find((p) => p.scorecardId === id)!;
  },
  'interviews.getScorecard': (ctx, { id }) => readScorecard(ctx, id),
  'interviews.saveScorecard': (ctx, { id, ratings, recommendation, submit }) => {
    const card = readScorecard(ctx, id);
    refuse(scorecardChangeProblems(card.status, 'save'));
    const matched = matchRatings(card.kit, ratings);
    checkRecommendationOrder(card.kit, matched, recommendation);
    if (submit) checkComplete(card.kit, matched, recommendation);
    s.writeRatings(ctx.db, id, matched);
    const now = stamp(ctx);
    s.setScorecardState(
      ctx.db,
      id,
      { status: submit ? 'submitted' : 'draft', recommendation, submittedAt: submit ? now : null },
      now,
    );
    return readScorecard(ctx, id);
  },
  'interviews.amendScorecard': (ctx, { id, ratings, recommendation, reason }) => {
    const card = readScorecard(ctx, id);
    refuse(scorecardChangeProblems(card.status, 'amend'));
    const matched = matchRatings(card.kit, ratings);
    checkComplete(card.kit, matched, recommendation);
    const summary = describeChanges(card.kit, card.ratings, matched, card.recommendation, recommendation);
    if (!summary) throw invalid('Nothing has changed, so there is nothing to amend.', 'ratings');
    const now = stamp(ctx);
    s.writeRatings(ctx.db, id, matched);
    s.setScorecardState(ctx.db, id, { status: 'submitted', recommendation, submittedAt: card.submittedAt }, now);
    s.insertAmendment(ctx.db, id, reason, summary, now);
    return readScorecard(ctx, id);
  },
  'interviews.exportScorecard': (ctx, { id }) => exportScorecard(ctx, readScorecard(ctx, id)),
  'interviews.importScorecard': (ctx, input) => readScorecard(ctx, importScorecard(ctx, input)),
  'interviews.debrief': (ctx, { candidateId, kitId }) => buildDebrief(ctx, candidateId, kitId),
  'interviews.exportDebrief': (ctx, { candidateId, kitId }) =>
    debriefMarkdown(buildDebrief(ctx, candidateId, kitId), {
      today: today(ctx),
      timeZone: myTimeZone(ctx.settings.get()),
    }),
  'interviews.decide': (ctx, { candidateId, kitId, outcome, rationale }) => {
    refuse(decisionProblems(buildDebrief(ctx, candidateId, kitId).summary.interviewers.length));
    s.upsertDecision(ctx.db, candidateId, { kitId, outcome, rationale }, stamp(ctx));
    return s.decisionsOf(ctx.db, candidateId).find((d) => d.kitId === kitId)!;
  },
  'interviews.calibration': (ctx, { roleId }) => {
    if (roleId && !q.findRole(ctx.db, roleId)) throw notFound('role', 'roleId');
    // Panels still closed to the manager stay out: a colleague's lean there would hint at their scores.
    const self = q.getPrefs(ctx.db).selfInterviewerId;
    const closed = self ? s.draftPanelsOf(ctx.db, self) : new Set<string>();
    return calibrationOf(ctx.db, roleId, closed);
  },
};

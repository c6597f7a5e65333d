import type { Interviewer, Scorecard } from '#shared/interviews/model';
import type { HandlerContext, QueryContext } from '../../ipc/context';
import { conflict, invalid } from '../../ipc/domainError';
import { candidateLabel, requireCandidate, requireKitOfCandidate, requireOwnSubmitted, stamp } from './access';
import * as q from './queries';
import { checkComplete } from './ratingRules';
import { openScorecardFile, sealScorecardFile } from './scorecardFile';
import * as s from './scorecardQueries';

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .toLowerCase()
      .slice(0, 40) || 'x'
  );
}

/** The file an interviewer sends to the hiring manager; only a submitted scorecard leaves. */
export function exportScorecard(ctx: QueryContext, card: Scorecard): { fileName: string; text: string } {
  if (card.status !== 'submitted') throw conflict('Submit the scorecard before exporting it.', 'status');
  const roleTitle = q.findKit(ctx.db, card.kitId)!.roleTitle;
  const text = sealScorecardFile({
    exportedAt: stamp(ctx),
    role: roleTitle,
    stage: card.kit.stage,
    kind: card.kit.kind,
    candidate: card.candidateLabel,
    interviewer: card.interviewerName,
    submittedAt: card.submittedAt ?? stamp(ctx),
    recommendation: card.recommendation!,
    ratings: card.ratings.map((r, i) => ({ item: card.kit.items[i]!.name, score: r.score!, evidence: r.evidence })),
  });
  return { fileName: `scorecard-${slug(card.kit.stage)}-${slug(card.interviewerName)}.json`, text };
}

/**
 * A file may only fill an interviewer's empty place on the panel. It never speaks as the
 * manager (whose own scorecard is written here, and opens the debrief and their calibration),
 * and never replaces a scorecard someone has started or submitted.
 */
function refuseToOverwrite(ctx: HandlerContext, interviewer: Interviewer, candidateId: string, kitId: string): void {
  if (interviewer.id === q.getPrefs(ctx.db).selfInterviewerId) {
    throw conflict(
      `This file is signed with your own name (${interviewer.name}). Your own scorecard is written here, not imported; if someone else wrote it, ask them to export it under their name.`,
      'text',
    );
  }
  const existing = s.findScorecardFor(ctx.db, candidateId, kitId, interviewer.id);
  if (existing?.status === 'submitted') {
    throw conflict(`${interviewer.name} already has a submitted scorecard for this stage; amend it instead.`, 'text');
  }
  const started =
    existing &&
    (existing.recommendation !== null ||
      s.ratingsOf(ctx.db, existing.id).some((r) => r.score !== null || r.evidence.trim() !== ''));
  if (started) {
    throw conflict(
      `${interviewer.name} already has a draft scorecard for this stage here, with ratings in it; importing would replace it. Finish or clear that draft first.`,
      'text',
    );
  }
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Imports a scorecard file onto one candidate's stage, all or nothing. The file's stage and
 * focus items must be this kit's, and for an interview the candidate's name must match.
 * Returns the new scorecard's id.
 */
export function importScorecard(
  ctx: HandlerContext,
  input: { candidateId: string; kitId: string; text: string },
): string {
  const candidate = requireCandidate(ctx, input.candidateId, 'candidateId');
  const kit = requireKitOfCandidate(ctx, candidate, input.kitId);
  requireOwnSubmitted(ctx, candidate.id, kit.id);
  const file = openScorecardFile(input.text);
  const version = kit.current;
  if (!same(file.stage, version.stage) || file.kind !== version.kind) {
    throw invalid(`This file is a scorecard for the stage "${file.stage}", not "${version.stage}".`, 'text');
  }
  // A work sample names the alias the grader saw: it must be this candidate's, not another's.
  if (!same(file.candidate, candidateLabel(candidate, version.kind))) {
    throw invalid(`This file is about "${file.candidate}", not ${candidateLabel(candidate, version.kind)}.`, 'text');
  }
  const ratings = version.items.map((item) => {
    const matches = file.ratings.filter((r) => same(r.item, item.name));
    if (matches.length !== 1) {
      throw invalid(
        `The file ${matches.length ? 'rates' : 'does not rate'} "${item.name}" ${matches.length ? 'more than once' : ''}`.trim() +
          '.',
        'text',
      );
    }
    return { itemKey: item.key, score: matches[0]!.score, evidence: matches[0]!.evidence };
  });
  const extra = file.ratings.find((r) => !version.items.some((item) => same(item.name, r.item)));
  if (extra) throw invalid(`The file rates "${extra.item}", which is not in this stage's kit.`, 'text');
  checkComplete(version, ratings, file.recommendation);

  const now = stamp(ctx);
  let interviewer = q.findInterviewerByName(ctx.db, file.interviewer);
  if (interviewer) refuseToOverwrite(ctx, interviewer, candidate.id, kit.id);
  else
    interviewer = q.findInterviewer(
      ctx.db,
      q.insertInterviewer(ctx.db, { name: file.interviewer, personId: null }, now),
    )!;
  // Only an empty placeholder (from adding them to the panel) is replaced by what they sent.
  const placeholder = s.findScorecardFor(ctx.db, candidate.id, kit.id, interviewer.id);
  if (placeholder) s.deleteScorecard(ctx.db, placeholder.id);
  const id = s.insertScorecard(
    ctx.db,
    {
      candidateId: candidate.id,
      kitId: kit.id,
      kitVersionId: version.id,
      interviewerId: interviewer.id,
      source: 'imported',
    },
    [],
    now,
  );
  s.writeRatings(ctx.db, id, ratings);
  s.setScorecardState(
    ctx.db,
    id,
    { status: 'submitted', recommendation: file.recommendation, submittedAt: file.submittedAt },
    now,
  );
  return id;
}

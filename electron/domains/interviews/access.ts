import type { Candidate, Kit } from '#shared/interviews/model';
import type { QueryContext } from '../../ipc/context';
import { DomainError, notFound } from '../../ipc/domainError';
import * as q from './queries';
import { findScorecardFor } from './scorecardQueries';

export { stamp, today } from '../clock';
import { today } from '../clock';

export function requireCandidate(ctx: QueryContext, id: string, field = 'id'): Candidate {
  const candidate = q.findCandidate(ctx.db, id, today(ctx));
  if (!candidate) throw notFound('candidate', field);
  return candidate;
}

export function requireKit(ctx: QueryContext, id: string, field = 'id'): Kit {
  const kit = q.findKit(ctx.db, id);
  if (!kit) throw notFound('interview kit', field);
  return kit;
}

/** A kit of the candidate's own role: every candidate of a role gets the same kits. */
export function requireKitOfCandidate(ctx: QueryContext, candidate: Candidate, kitId: string): Kit {
  const kit = requireKit(ctx, kitId, 'kitId');
  if (kit.roleId !== candidate.roleId)
    throw new DomainError('invalid_input', 'That kit belongs to another role.', 'kitId');
  return kit;
}

/**
 * Independent scoring, enforced here rather than in the window: while the manager's own
 * scorecard for this candidate and stage is an unsubmitted draft, nothing of the other
 * interviewers' scores may reach them. A manager who is not on this panel is not blocked.
 */
export function requireOwnSubmitted(ctx: QueryContext, candidateId: string, kitId: string): void {
  const self = q.getPrefs(ctx.db).selfInterviewerId;
  if (!self) return;
  const own = findScorecardFor(ctx.db, candidateId, kitId, self);
  if (own && own.status !== 'submitted') {
    throw new DomainError(
      'forbidden',
      "Submit your own scorecard first: the debrief and the other interviewers' scores stay closed until yours is in.",
    );
  }
}

/** Where a grader looks at a work sample they see an alias, never the name. */
export function candidateLabel(candidate: Pick<Candidate, 'name' | 'alias'>, kind: Kit['current']['kind']): string {
  return kind === 'work_sample' ? `Candidate ${candidate.alias}` : candidate.name;
}

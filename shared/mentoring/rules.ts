import { notAfterTodayMessage } from '../rules/notAfterToday';
import type { FieldProblem } from '../rules/problem';
import type { FitCheck, PairStatus } from './model';

/**
 * The mentoring rules the pair and session forms check as you type and the store checks
 * again before it writes: one wording for both.
 */

export function pairPeopleProblems(mentorId: string, menteeId: string): FieldProblem[] {
  return mentorId && mentorId === menteeId
    ? [{ field: 'menteeId', message: 'The mentee must be someone other than the mentor: choose another person.' }]
    : [];
}

export function agreementProblems(agreement: { startDate: string; plannedEnd: string | null }): FieldProblem[] {
  return agreement.plannedEnd && agreement.startDate && agreement.plannedEnd <= agreement.startDate
    ? [{ field: 'agreement.plannedEnd', message: 'The planned end must be after the start date: choose a later day.' }]
    : [];
}

/** Focus areas are compared case-insensitively: "Testing" and "testing" are one area. */
export function focusAreaProblems(names: readonly string[]): FieldProblem[] {
  const seen = new Set<string>();
  for (const name of names) {
    const key = name.toLowerCase();
    if (seen.has(key)) return [{ field: 'focusAreas', message: `"${name}" is listed twice` }];
    seen.add(key);
  }
  return [];
}

/** Which status changes make sense; ended is final (start a new pair instead). */
const STATUS_CHANGES: Record<PairStatus, readonly PairStatus[]> = {
  proposed: ['active', 'ended'],
  active: ['paused', 'ended'],
  paused: ['active', 'ended'],
  ended: [],
};

export function canChangeStatus(from: PairStatus, to: PairStatus): boolean {
  return STATUS_CHANGES[from].includes(to);
}

/** Ending is final, so it needs a reason for the pair's history. */
export function endReasonProblems(reason: string): FieldProblem[] {
  return reason.trim() ? [] : [{ field: 'reason', message: 'Say why the pair is ending.' }];
}

/** A change to the same status is no change and no problem. */
export function statusChangeProblems(from: PairStatus, to: PairStatus, reason: string): FieldProblem[] {
  if (from === to) return [];
  if (!canChangeStatus(from, to)) {
    const article = /^[aeiou]/.test(from) ? 'An' : 'A';
    return [{ field: 'status', message: `${article} ${from} pair cannot become ${to}.`, conflict: true }];
  }
  return to === 'ended' ? endReasonProblems(reason) : [];
}

export function pairEditProblems(status: PairStatus): FieldProblem[] {
  return status === 'ended'
    ? [{ field: 'id', message: 'An ended pair can no longer be changed.', conflict: true }]
    : [];
}

/** What a logged session must respect about its pair; `first` when no session is dated before it. */
export function sessionProblems(
  pair: { status: PairStatus; startDate: string },
  session: { date: string; fit: FitCheck | null },
  today: string,
  first: boolean,
): FieldProblem[] {
  if (pair.status === 'ended')
    return [{ field: 'pairId', message: 'This pair has ended, so sessions can no longer be logged.', conflict: true }];
  const problems: FieldProblem[] = [];
  if (session.date > today) problems.push({ field: 'date', message: notAfterTodayMessage('The session date', today) });
  else if (session.date < pair.startDate)
    problems.push({
      field: 'date',
      message: 'The session is before the pair started: choose a day on or after the start date.',
    });
  if (session.fit && !first)
    problems.push({ field: 'fit', message: 'The fit check is asked on the first session only: leave it empty here.' });
  return problems;
}

import type { ErrorCode } from '#shared/ipc/result';
import type { FieldProblem } from '#shared/rules/problem';

/** A refusal the user can act on; the dispatcher turns it into `{ ok: false, error }`. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** `what` in a manager's words ("person", "1:1"): the refusal says it is gone and why that may be. */
export function notFound(what: string, field = 'id'): DomainError {
  return new DomainError('not_found', `Cairn has no such ${what}: it may have been deleted or erased.`, field);
}

export function conflict(message: string, field?: string): DomainError {
  return new DomainError('conflict', message, field);
}

export function invalid(message: string, field?: string): DomainError {
  return new DomainError('invalid_input', message, field);
}

/** Refuses with the first problem a shared rule found (shared/rules/problem.ts); nothing is written. */
export function refuse(problems: readonly FieldProblem[]): void {
  const first = problems[0];
  if (first) throw new DomainError(first.conflict ? 'conflict' : 'invalid_input', first.message, first.field);
}

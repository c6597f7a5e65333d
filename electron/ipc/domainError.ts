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

export function notFound(what: string, field = 'id'): DomainError {
  return new DomainError('not_found', `No ${what} with that id.`, field);
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

import type { z } from 'zod';

/**
 * One broken rule: the input field it concerns (a dotted path in the request's own shape,
 * e.g. "agreement.plannedEnd") and what to do about it, in a manager's words. A rule is a
 * pure function returning these, so the form (through its schema) and the handler (through
 * `refuse` in electron/ipc/domainError.ts) say the same thing about the same input.
 */
export interface FieldProblem {
  field: string;
  message: string;
  /** Set when the record's state refuses the change (not the input): the handler answers `conflict`. */
  conflict?: true;
}

/**
 * Reports each problem to a zod refinement, so a form's schema shows a rule's words beside
 * its field. `pathOf` maps the rule's field onto the form's shape when the two differ.
 */
export function addProblems<T>(
  ctx: z.RefinementCtx<T>,
  problems: readonly FieldProblem[],
  pathOf: (field: string) => string = (field) => field,
): void {
  for (const { field, message } of problems) ctx.addIssue({ code: 'custom', path: pathOf(field).split('.'), message });
}

import type { FieldProblem } from '../rules/problem';

/**
 * When a stage may be decided: on the panel's written evidence, so not before at least one
 * scorecard is submitted. The debrief shows the decision form only when this finds nothing,
 * and the store refuses a decision when it finds something (the panel may have changed since).
 */
export function decisionProblems(submittedScorecards: number): FieldProblem[] {
  return submittedScorecards > 0
    ? []
    : [
        {
          field: 'outcome',
          message: 'No scorecard is submitted yet, so there is nothing to decide on.',
          conflict: true,
        },
      ];
}

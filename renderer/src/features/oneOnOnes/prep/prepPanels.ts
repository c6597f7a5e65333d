import type { ComponentType } from 'react';
import { GoalsDueBrief } from '#renderer/features/goals/GoalsDueBrief';
import { AssessmentPrepPanel } from '#renderer/features/ladders/AssessmentPrepPanel';
import { EvidencePrepPanel } from '#renderer/features/evidence/EvidencePrepPanel';

/**
 * Panels other domains add to the prep view; each gets the person's id. `brief` panels sit in
 * the first screen beside the notes and open items; `below` ones follow it, before history.
 */
export interface PrepPanel {
  id: string;
  place: 'brief' | 'below';
  Component: ComponentType<{ personId: string }>;
}

export const prepPanels: PrepPanel[] = [
  { id: 'stretch-goals', place: 'brief', Component: GoalsDueBrief },
  { id: 'assessment-gaps', place: 'brief', Component: AssessmentPrepPanel },
  { id: 'evidence-coverage', place: 'below', Component: EvidencePrepPanel },
];

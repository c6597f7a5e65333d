import type { ComponentType } from 'react';
import { GoalsPrepPanel } from '#renderer/features/goals/GoalsPrepPanel';
import { AssessmentPrepPanel } from '#renderer/features/ladders/AssessmentPrepPanel';
import { EvidencePrepPanel } from '#renderer/features/evidence/EvidencePrepPanel';

/** Panels other domains add to the prep view; each gets the person's id. */
export interface PrepPanel {
  id: string;
  Component: ComponentType<{ personId: string }>;
}

export const prepPanels: PrepPanel[] = [
  { id: 'stretch-goals', Component: GoalsPrepPanel },
  { id: 'assessment-gaps', Component: AssessmentPrepPanel },
  { id: 'evidence-coverage', Component: EvidencePrepPanel },
];

import type { ComponentType } from 'react';
import { GoalsPrepPanel } from '../../goals/GoalsPrepPanel';
import { AssessmentPrepPanel } from '../../ladders/AssessmentPrepPanel';

/** Panels other domains add to the prep view; each gets the person's id. */
export interface PrepPanel {
  id: string;
  Component: ComponentType<{ personId: string }>;
}

export const prepPanels: PrepPanel[] = [
  { id: 'stretch-goals', Component: GoalsPrepPanel },
  { id: 'assessment-gaps', Component: AssessmentPrepPanel },
];

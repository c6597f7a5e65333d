import type { ComponentType } from 'react';
import { AssessmentGapsPlaceholder, StretchGoalsPlaceholder } from './PlaceholderPanels';

/**
 * Panels other domains add to the prep view. Goals, assessments and mentoring replace the
 * placeholders (same id) with their own panel after they land; each gets the person's id.
 */
export interface PrepPanel {
  id: string;
  Component: ComponentType<{ personId: string }>;
}

export const prepPanels: PrepPanel[] = [
  { id: 'stretch-goals', Component: StretchGoalsPlaceholder },
  { id: 'assessment-gaps', Component: AssessmentGapsPlaceholder },
];

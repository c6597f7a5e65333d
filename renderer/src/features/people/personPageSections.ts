import type { ComponentType } from 'react';
import type { Person } from '#shared/people/model';
import { EvidenceSection } from '../evidence/EvidenceSection';
import { GoalsPanel } from '../goals/GoalsPanel';
import { GrowthPanel } from '../ladders/GrowthPanel';
import { PlacementPanel } from '../ladders/PlacementPanel';
import { PersonMentoringSection } from '../mentoring/PersonMentoringSection';
import { PersonOneOnOnes } from '../oneOnOnes/PersonOneOnOnes';

/**
 * Panels other domains add to a person's page (1:1s, growth, goals, mentoring). Each one
 * gets the person and renders its own section.
 */
export interface PersonPageSection {
  id: string;
  Component: ComponentType<{ person: Person }>;
}

/** In order of use: 1:1s, goals, assessments (with the ladder placement), evidence, mentoring. Profile closes the page. */
export const personPageSections: PersonPageSection[] = [
  { id: 'one-on-ones', Component: PersonOneOnOnes },
  { id: 'goals', Component: GoalsPanel },
  { id: 'assessments', Component: GrowthPanel },
  { id: 'ladder-placement', Component: PlacementPanel },
  { id: 'evidence', Component: EvidenceSection },
  { id: 'mentoring', Component: PersonMentoringSection },
];

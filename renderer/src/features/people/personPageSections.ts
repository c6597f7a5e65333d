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

export const personPageSections: PersonPageSection[] = [
  { id: 'ladder-placement', Component: PlacementPanel },
  { id: 'assessments', Component: GrowthPanel },
  { id: 'evidence', Component: EvidenceSection },
  { id: 'goals', Component: GoalsPanel },
  { id: 'mentoring', Component: PersonMentoringSection },
  { id: 'one-on-ones', Component: PersonOneOnOnes },
];

import type { ComponentType } from 'react';
import type { Person } from '../../../../shared/people/model';
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
  { id: 'one-on-ones', Component: PersonOneOnOnes },
];

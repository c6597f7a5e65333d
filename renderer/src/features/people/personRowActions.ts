import type { ComponentType } from 'react';
import type { Person } from '#shared/people/model';
import { NextTimeRowButton } from '../oneOnOnes/NextTimeRowButton';

/** Small actions other domains add to each row of the people list (e.g. "next time" topic). */
export interface PersonRowAction {
  id: string;
  Component: ComponentType<{ person: Person }>;
}

export const personRowActions: PersonRowAction[] = [{ id: 'one-on-ones-next-time', Component: NextTimeRowButton }];

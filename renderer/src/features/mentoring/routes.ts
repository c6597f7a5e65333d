import type { ComponentType } from 'react';
import { GroupProposalScreen } from './GroupProposalScreen';
import { MentoringOverview } from './MentoringOverview';
import { PairFormScreen } from './PairFormScreen';
import { PairScreen } from './PairScreen';
import { PreferencesScreen } from './PreferencesScreen';
import { SuggestionsScreen } from './SuggestionsScreen';

/** Mentoring's screens, most specific first (wouter's Switch takes the first match). */
export const mentoringRoutes: { path: string; component: ComponentType }[] = [
  { path: '/mentoring', component: MentoringOverview },
  { path: '/mentoring/pairs/new', component: PairFormScreen },
  { path: '/mentoring/pairs/new/:menteeId/:mentorId', component: PairFormScreen },
  { path: '/mentoring/pairs/:id/edit', component: PairFormScreen },
  { path: '/mentoring/pairs/:id', component: PairScreen },
  { path: '/mentoring/suggest', component: SuggestionsScreen },
  { path: '/mentoring/suggest/:menteeId', component: SuggestionsScreen },
  { path: '/mentoring/group', component: GroupProposalScreen },
  { path: '/mentoring/preferences', component: PreferencesScreen },
];

import type { ComponentType } from 'react';
import { lazyScreen } from '../../routing/lazyScreen';

const MentoringOverview = lazyScreen(() => import('./MentoringOverview'), 'MentoringOverview');
const PairFormScreen = lazyScreen(() => import('./PairFormScreen'), 'PairFormScreen');
const PairScreen = lazyScreen(() => import('./PairScreen'), 'PairScreen');
const SuggestionsScreen = lazyScreen(() => import('./SuggestionsScreen'), 'SuggestionsScreen');
const GroupProposalScreen = lazyScreen(() => import('./GroupProposalScreen'), 'GroupProposalScreen');
const PreferencesScreen = lazyScreen(() => import('./PreferencesScreen'), 'PreferencesScreen');

/** Mentoring's screens, most specific first (wouter's Switch takes the first match); each its own chunk. */
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

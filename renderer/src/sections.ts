/** The sidebar, in order. A domain adds its screen here and in routes.tsx. */
export interface Section {
  path: string;
  label: string;
}

export const sections: Section[] = [
  { path: '/', label: 'Home' },
  { path: '/people', label: 'People' },
  { path: '/teams', label: 'Teams' },
  { path: '/one-on-ones', label: '1:1s' },
  { path: '/ladders', label: 'Ladders' },
  { path: '/mentoring', label: 'Mentoring' },
  { path: '/interviews', label: 'Interviews' },
  { path: '/settings', label: 'Settings' },
];

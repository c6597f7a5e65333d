export interface Placeholder {
  path: string;
  title: string;
  body: string;
}

/** Sections whose domain has not landed yet: each says what it will hold. */
export const placeholders: Placeholder[] = [
  {
    path: '/ladders',
    title: 'Ladders',
    body: 'Career ladders will live here: tracks, levels and competencies, imported from a spreadsheet or an open format, with assessments and evidence for each person.',
  },
  {
    path: '/mentoring',
    title: 'Mentoring',
    body: 'Mentoring pairs will live here: agreements, session logs, pairs that have gone quiet, and suggestions for good matches.',
  },
  {
    path: '/interviews',
    title: 'Interviews',
    body: 'Structured interviews will live here: kits with anchored rubrics, scorecards written independently, and debriefs that surface disagreement.',
  },
];

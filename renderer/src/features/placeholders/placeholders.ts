export interface Placeholder {
  path: string;
  title: string;
  body: string;
}

/** Sections whose domain has not landed yet: each says what it will hold. */
export const placeholders: Placeholder[] = [
  {
    path: '/one-on-ones',
    title: '1:1s',
    body: 'Your 1:1 series will live here: agendas from both sides, shared and private notes, action items that carry over until done, and a prep view that gathers everything before each meeting.',
  },
];

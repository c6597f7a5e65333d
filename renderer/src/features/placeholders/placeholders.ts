export interface Placeholder {
  path: string;
  title: string;
  /** The empty state's heading: a section not built yet has "Nothing here yet". */
  lead?: string;
  body: string;
  /** Where to go instead, as the screen's one button (the not-found page's way home). */
  action?: { href: string; label: string };
}

/**
 * Sections whose domain has not landed yet: each says what it will hold. Every section of
 * the sidebar has its own screen now; a new section starts here until its screens exist.
 */
export const placeholders: Placeholder[] = [];

// Apart from search.ts and its schema: the people picker reads these in the renderer's first
// script (the "Next time" dialog opens from anywhere), which must not carry the schema library.

/** How many people a picker is shown at once: enough to scroll a little, never everyone. */
export const PERSON_SEARCH_LIMIT = 20;
/** Longer text names nobody: a picker's input stops there. */
export const PERSON_SEARCH_TEXT_MAX = 200;

/** What each part of a ladder document is called, for a manager reading where a problem is. */
const PART_NOUNS: Record<string, string> = {
  tracks: 'track',
  levels: 'level',
  areas: 'area',
  competencies: 'competency',
  expectations: 'expectation',
  scale: 'rating scale',
};

/**
 * The refusal of an edit that the whole-ladder check catches after applying it (the edit's
 * own checks passed, e.g. the 101st level): said as the change Cairn cannot make and where,
 * never as a document path like "competencies.3.name".
 */
export function problemAfterEdit(path: readonly PropertyKey[], message: string): string {
  const [part, index] = path;
  const noun = typeof part === 'string' ? PART_NOUNS[part] : undefined;
  const what = message.charAt(0).toLowerCase() + message.slice(1);
  if (path.length <= 1) return `Cairn cannot make this change: the ladder ${what}.`;
  const where = noun && typeof index === 'number' ? ` (${noun} ${index + 1})` : noun ? ` (the ${noun})` : '';
  return `Cairn cannot make this change: ${what}${where}.`;
}

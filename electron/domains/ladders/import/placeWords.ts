import { continued, quoted } from '#shared/format';

/**
 * Where in a ladder file a problem is, and what is wrong, in a manager's words: "Competency 3
 * (“Delivery”): give it a name." rather than "competencies › item 3 › name must not be empty".
 * Every ladder importer (Cairn's own format, CSV, FT YAML, Monzo Markdown) says its problems
 * through here; the line number travels beside the sentence.
 */

/** What one entry of each list in a ladder file is called, counted from 1. */
const ENTRY_WORDS: Record<string, string> = {
  tracks: 'track',
  levels: 'level',
  areas: 'area',
  themes: 'theme',
  competencies: 'competency',
  expectations: 'expectation',
  examples: 'example',
  topics: 'topic',
  content: 'level entry',
  criteria: 'criterion',
  exampleCriteria: 'example',
  steps: 'step',
};

/** A field of an entry, as the ladder screens name it. */
const FIELD_WORDS: Record<string, string> = {
  id: 'key',
  name: 'name',
  title: 'title',
  summary: 'summary',
  description: 'description',
  text: 'expectation',
  track: 'track',
  area: 'area',
  level: 'level',
  theme: 'theme',
  competency: 'competency',
  examples: 'examples',
  criteria: 'criteria',
  content: 'content',
  exampleCriteria: 'examples',
  scale: 'rating scale',
  steps: 'rating scale steps',
  meets: 'step that meets the level',
  format: 'format',
  formatVersion: 'format version',
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The name an entry goes by in the file, if it has one worth repeating. */
function entryName(entry: unknown): string | undefined {
  if (!isRecord(entry)) return undefined;
  for (const key of ['name', 'title']) {
    const value = entry[key];
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 60);
    if (typeof value === 'number') return String(value);
  }
  return undefined;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The entries a path goes through ("Topic 1 (“Testing”), level entry 2") and the field it ends
 * on, looked up in `source` (the file as read) for each entry's name.
 */
export function ladderPlace(
  path: readonly (string | number)[],
  source: unknown,
): { entries: string; field: string | undefined } {
  const entries: string[] = [];
  let field: string | undefined;
  let node: unknown = source;
  for (let i = 0; i < path.length; i++) {
    const step = path[i]!;
    const next = isRecord(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[step] : undefined;
    if (typeof step === 'number') {
      const list = String(path[i - 1] ?? '');
      const word = ENTRY_WORDS[list] ?? 'entry';
      const name = entryName(next);
      entries.push(`${word} ${step + 1}${name ? ` (${quoted(name)})` : ''}`);
      field = undefined;
    } else {
      field = step;
    }
    node = next;
  }
  return { entries: capitalise(entries.join(', ')), field };
}

/** What the checks say when a field is missing or empty ("Competency name is required: fill it in"). */
const REQUIRED = /^(is required|must not be empty|.* is required(: fill it in)?)$/;

/** "name" → "a name", "expectation" → "an expectation". */
const withArticle = (word: string) => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;

/**
 * The sentence for one problem. `fragment` is what the check said ("is required", "must be
 * text", "duplicate id …", or a whole sentence); the result always ends with a full stop.
 */
export function ladderProblemSentence(path: readonly (string | number)[], fragment: string, source: unknown): string {
  const { entries, field } = ladderPlace(path, source);
  const fieldWord = field === undefined ? undefined : (FIELD_WORDS[field] ?? field);
  const said = fragment.trim().replace(/\.$/, '');
  if (path.length === 0) return `${capitalise(said)}.`;
  const sentence = (text: string) => `${capitalise(text)}.`;
  if (!entries) {
    if (fieldWord && REQUIRED.test(said)) return sentence(`give the ladder ${withArticle(fieldWord)}`);
    if (!fieldWord || /^[A-Z]/.test(said)) return sentence(said);
    return sentence(`the file's ${fieldWord} ${said}`);
  }
  if (fieldWord && REQUIRED.test(said)) return `${entries}: give it ${withArticle(fieldWord)}.`;
  // A sentence of its own continues after the colon: "Topic 2 (“a”): another topic is already called “a”".
  if (/^[A-Z][a-z]/.test(said)) return `${entries}: ${continued(said)}.`;
  return `${entries}: ${fieldWord ? `its ${fieldWord}` : 'it'} ${said}.`;
}

import type { LadderDoc } from '#shared/ladders/model';
import { slugify } from '#shared/ladders/doc';
import { finish, isRecord, loadYaml, nameFromFile, Problems, scalarText, type ImportOutcome } from './problems';

const MAX_LEVELS = 30;

/**
 * The YAML between the opening and closing `---` lines, and the line it starts on; or what is
 * wrong, in the file's own terms: no opening line, or an opening line and no closing one (a
 * file cut short, usually).
 */
function frontMatter(text: string): { yaml: string; firstLine: number } | { problem: string; line: number } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---')
    return {
      problem:
        'No YAML front matter: the file must start with a line of three dashes (---), the framework, and another ---.',
      line: 1,
    };
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end === -1)
    return {
      problem: `The front matter opened with --- on line 1 is never closed: there is no second --- line. The file looks cut short (it ends at line ${lines.length}).`,
      line: lines.length,
    };
  return { yaml: lines.slice(1, end).join('\n'), firstLine: 2 };
}

const humanise = (name: string) => name.replace(/[-_]+/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
/** Titles often open with an emoji; the ladder keeps the words. */
const withoutLeadingSymbols = (s: string) => s.replace(/^[^\p{L}\p{N}]+/u, '').trim();

/**
 * The Monzo progression-framework format (github.com/monzo/progression-framework,
 * frameworks/<family>/<role>.md): YAML front matter with `levels: N` and `topics[]`, each
 * topic listing per level its `criteria[]` and `exampleCriteria[]` (a criterion with
 * examples). A topic becomes a competency; a level's criteria become its expectation as a
 * bulleted list. The Markdown body is commentary and is not imported.
 */
export function importMonzo(text: string, fileName: string): ImportOutcome {
  const fm = frontMatter(text);
  if ('problem' in fm) return { errors: [{ line: fm.line, message: fm.problem }] };
  const loaded = loadYaml(fm.yaml, fm.firstLine);
  if ('errors' in loaded) return loaded;
  const problems = new Problems(loaded.lines, loaded.value);
  const root = loaded.value;
  if (!isRecord(root)) {
    problems.add([], 'The front matter must be a YAML mapping with levels and topics.', fm.firstLine);
    return { errors: problems.list };
  }
  const levelCount = root.levels;
  if (levelCount === undefined || levelCount === null)
    problems.add(
      ['levels'],
      'The front matter does not say how many levels there are: add a line such as “levels: 6”',
      fm.firstLine,
    );
  else if (
    typeof levelCount !== 'number' ||
    !Number.isInteger(levelCount) ||
    levelCount < 1 ||
    levelCount > MAX_LEVELS
  ) {
    problems.add(['levels'], `must be a whole number from 1 to ${MAX_LEVELS}`);
  }
  const maxLevel = typeof levelCount === 'number' && Number.isInteger(levelCount) ? levelCount : MAX_LEVELS;

  const topics = root.topics;
  const taken = new Set<string>();
  const competencies: LadderDoc['competencies'] = [];
  const expectations: LadderDoc['expectations'] = [];
  if (!Array.isArray(topics)) {
    problems.add(
      ['topics'],
      topics === undefined ? 'missing topics: the front matter must list its topics' : 'must be a list of topics',
      topics === undefined ? fm.firstLine : undefined,
    );
  } else {
    if (topics.length === 0) problems.add(['topics'], 'needs at least one topic');
    const names = new Set<string>();
    topics.forEach((topic: unknown, t) => {
      const at = ['topics', t];
      if (!isRecord(topic)) return problems.add(at, 'must have a name and content');
      const name = scalarText(topic.name);
      if (!name) return problems.add([...at, 'name'], 'is required');
      if (names.has(name))
        return problems.add([...at, 'name'], `Another topic is already called “${name}”: give each its own name`);
      names.add(name);
      if (topic.title !== undefined && topic.title !== null && typeof topic.title !== 'string')
        problems.add([...at, 'title'], 'must be text');
      const id = slugify(name, taken, 'topic');
      competencies.push({
        id,
        area: 'topics',
        name: (typeof topic.title === 'string' && withoutLeadingSymbols(topic.title)) || humanise(name),
        description: '',
      });
      if (!Array.isArray(topic.content))
        return problems.add([...at, 'content'], 'must be a list of levels with their criteria');
      const seenLevels = new Set<number>();
      topic.content.forEach((entry: unknown, c) => {
        const where = [...at, 'content', c];
        if (!isRecord(entry)) return problems.add(where, 'must have a level and criteria');
        const level = entry.level;
        if (typeof level !== 'number' || !Number.isInteger(level))
          return problems.add([...where, 'level'], 'must be a whole number');
        if (level < 1 || level > maxLevel)
          return problems.add([...where, 'level'], `${level} is outside the framework's levels 1 to ${maxLevel}`);
        if (seenLevels.has(level))
          return problems.add([...where, 'level'], `${level} appears twice in this topic: keep one entry for it`);
        seenLevels.add(level);
        const bullets: string[] = [];
        const examples: string[] = [];
        if (entry.criteria !== undefined && entry.criteria !== null) {
          if (!Array.isArray(entry.criteria)) problems.add([...where, 'criteria'], 'must be a list of texts');
          else
            entry.criteria.forEach((x: unknown, k) =>
              typeof x === 'string' && x.trim()
                ? bullets.push(x.trim())
                : problems.add([...where, 'criteria', k], 'must be text'),
            );
        }
        if (entry.exampleCriteria !== undefined && entry.exampleCriteria !== null) {
          if (!Array.isArray(entry.exampleCriteria))
            problems.add([...where, 'exampleCriteria'], 'must be a list of criteria with examples');
          else
            entry.exampleCriteria.forEach((x: unknown, k) => {
              const criterion = isRecord(x) ? scalarText(x.criteria) : undefined;
              if (!isRecord(x) || !criterion)
                return problems.add([...where, 'exampleCriteria', k, 'criteria'], 'must be text');
              bullets.push(criterion);
              if (x.examples !== undefined && x.examples !== null) {
                if (!Array.isArray(x.examples))
                  return problems.add([...where, 'exampleCriteria', k, 'examples'], 'must be a list of texts');
                for (const ex of x.examples) if (typeof ex === 'string' && ex.trim()) examples.push(ex.trim());
              }
            });
        }
        if (bullets.length)
          expectations.push({
            competency: id,
            level: String(level),
            text: bullets.map((b) => `- ${b}`).join('\n'),
            examples,
          });
      });
    });
  }
  if (problems.list.length) return { errors: problems.list };

  const title = withoutLeadingSymbols(scalarText(root.title) ?? '');
  const name = title || nameFromFile(fileName, 'Imported framework');
  const doc: LadderDoc = {
    name,
    description: '',
    tracks: [{ id: 'main', name }],
    levels: Array.from({ length: maxLevel }, (_, i) => ({ id: String(i + 1), name: `Level ${i + 1}`, track: 'main' })),
    areas: [{ id: 'topics', name: 'Topics', description: '' }],
    competencies,
    expectations,
  };
  return finish(doc, problems);
}

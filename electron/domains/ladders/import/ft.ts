import type { ImportProblem, LadderDoc } from '#shared/ladders/model';
import { PLACE_STEP, placeInFile } from '#shared/schemas/placeInFile';
import { finish, isRecord, loadYaml, nameFromFile, Problems, scalarText, type ImportOutcome } from './problems';

/**
 * The Financial Times engineering-progression format (github.com/Financial-Times/
 * engineering-progression, data/job-families/*.yml): `levels[]` and `themes[]` with ids, and
 * `competencies[]`, each one statement for one level and one theme. A theme becomes a
 * competency of the ladder; the statements for a theme at a level become its expectation.
 * Fields this importer does not use (googleSheetId, proficiency scales of other families)
 * are ignored, so other job families import as well.
 */
export function importFt(text: string, fileName: string): ImportOutcome {
  const loaded = loadYaml(text, 1, 'text');
  if ('errors' in loaded) return loaded;
  const problems = new Problems(loaded.lines, loaded.value);
  const root = loaded.value;
  if (!isRecord(root)) {
    problems.add([], 'The file must be a YAML mapping with levels, themes and competencies.', 1);
    return { errors: problems.list };
  }

  const named = (part: 'levels' | 'themes') => {
    const raw = root[part];
    const out: { id: string; name: string; summary: string }[] = [];
    if (raw === undefined || raw === null) {
      problems.add([part], `The file lists no ${part}: add a “${part}:” list`, 1);
      return out;
    }
    if (!Array.isArray(raw)) {
      problems.add([part], `must be a list of ${part}`);
      return out;
    }
    if (raw.length === 0) problems.add([part], 'must have at least one entry');
    const seen = new Set<string>();
    raw.forEach((item: unknown, i) => {
      if (!isRecord(item)) return problems.add([part, i], 'must have an id and a name');
      const id = scalarText(item.id);
      if (!id) return problems.add([part, i, 'id'], 'is required');
      if (seen.has(id))
        return problems.add([part, i, 'id'], `“${id}” is already used by another entry: give each its own`);
      seen.add(id);
      const name = item.name === undefined ? id : scalarText(item.name);
      if (name === undefined || name === '') return problems.add([part, i, 'name'], 'must be text');
      const summary = item.summary === undefined || item.summary === null ? '' : scalarText(item.summary);
      if (summary === undefined) return problems.add([part, i, 'summary'], 'must be text');
      out.push({ id, name, summary });
    });
    return out;
  };
  const levels = named('levels');
  const themes = named('themes');
  const levelIds = new Set(levels.map((l) => l.id));
  const themeIds = new Set(themes.map((t) => t.id));

  const cells = new Map<string, string[]>();
  // Each statement's examples, kept: they are what the file says a statement looks like in practice.
  const examples = new Map<string, string[]>();
  const raw = root.competencies;
  if (!Array.isArray(raw)) {
    problems.add(
      ['competencies'],
      raw === undefined
        ? 'The file lists no competencies: add a “competencies:” list'
        : 'must be a list of competencies',
      raw === undefined ? 1 : undefined,
    );
  } else {
    const seen = new Set<string>();
    raw.forEach((item: unknown, i) => {
      if (!isRecord(item)) return problems.add(['competencies', i], 'must have a level, a theme and a summary');
      const id = item.id === undefined ? undefined : scalarText(item.id);
      if (id) {
        if (seen.has(id))
          problems.add(['competencies', i, 'id'], `“${id}” is already used by another competency: give each its own`);
        seen.add(id);
      }
      const level = scalarText(item.level);
      const theme = scalarText(item.theme);
      const summary = scalarText(item.summary);
      if (!level) problems.add(['competencies', i, 'level'], 'is required');
      else if (levels.length && !levelIds.has(level))
        problems.add(['competencies', i, 'level'], `“${level}” is not one of the file's levels`);
      if (!theme) problems.add(['competencies', i, 'theme'], 'is required');
      else if (themes.length && !themeIds.has(theme))
        problems.add(['competencies', i, 'theme'], `“${theme}” is not one of the file's themes`);
      if (typeof item.summary !== 'string' || !summary) problems.add(['competencies', i, 'summary'], 'must be text');
      const given = item.examples === undefined || item.examples === null ? [] : item.examples;
      const texts = Array.isArray(given) ? given.map(scalarText) : [undefined];
      if (texts.some((t) => t === undefined)) problems.add(['competencies', i, 'examples'], 'must be a list of texts');
      if (level && theme && summary) {
        const key = `${theme}\u0000${level}`;
        cells.set(key, [...(cells.get(key) ?? []), summary]);
        examples.set(key, [...(examples.get(key) ?? []), ...texts.filter((t): t is string => !!t)]);
      }
    });
  }
  if (problems.list.length) {
    const cut = cutShort(raw, problems.list);
    return { errors: cut ? [cut, ...problems.list] : problems.list };
  }

  const name = scalarText(root.name) || nameFromFile(fileName, 'Imported ladder');
  const doc: LadderDoc = {
    name,
    description: scalarText(root.summary) ?? '',
    tracks: [{ id: 'main', name }],
    levels: levels.map((l) => ({ id: l.id, name: l.name, track: 'main' })),
    areas: [{ id: 'themes', name: 'Themes', description: '' }],
    competencies: themes.map((t) => ({ id: t.id, area: 'themes', name: t.name, description: t.summary })),
    expectations: [],
  };
  for (const t of themes) {
    for (const l of levels) {
      const statements = cells.get(`${t.id}\u0000${l.id}`);
      if (!statements) continue;
      const text = statements.length === 1 ? statements[0]! : statements.map((s) => `- ${s}`).join('\n');
      doc.expectations.push({
        competency: t.id,
        level: l.id,
        text,
        examples: examples.get(`${t.id}\u0000${l.id}`) ?? [],
      });
    }
  }
  return finish(doc, problems);
}

/**
 * A file cut off mid-way usually ends inside its last competency, which then lacks the fields
 * that came after the cut. Said in the file's terms, before the field-by-field problems.
 */
function cutShort(raw: unknown, list: ImportProblem[]): ImportProblem | null {
  if (!Array.isArray(raw) || raw.length === 0) return null;
  const entry: unknown = raw[raw.length - 1];
  if (!isRecord(entry)) return null;
  // Only fields left out altogether: a field of the wrong type is a mistake, not a cut.
  const absent = (['level', 'theme', 'summary'] as const).filter((f) => entry[f] === undefined);
  // Fields are named as a person counts them (placeInFile): the last entry is item N, from 1.
  const otherProblems = list.filter((p) => p.field?.startsWith(`competencies${PLACE_STEP}`));
  const lastEntry = placeInFile(['competencies', raw.length - 1]);
  const inLast = otherProblems.filter((p) => p.field?.startsWith(`${lastEntry}${PLACE_STEP}`));
  if (absent.length === 0 || inLast.length !== otherProblems.length) return null;
  return {
    ...(inLast[0]?.line !== undefined ? { line: inLast[0].line } : {}),
    message: `The file looks cut short: its last competency (number ${raw.length}) stops before its ${absent.join(', ')}. Export or download the file again.`,
  };
}

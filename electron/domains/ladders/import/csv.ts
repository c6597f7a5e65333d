import { slugify } from '#shared/ladders/doc';
import type { LadderDoc } from '#shared/ladders/model';
import { readCsvRecords } from '../../../csv/readCsv';
import { finish, nameFromFile, Problems, type ImportOutcome } from './problems';

const AREA_HEADERS = new Set(['area', 'category', 'theme', 'group', 'pillar']);
const COMPETENCY_HEADERS = new Set(['competency', 'skill', 'competence', 'behaviour', 'behavior']);
const DESCRIPTION_HEADERS = new Set(['description', 'summary']);

/** "Does X.\nExamples:\n- a\n- b" → text "Does X." and examples [a, b]. */
function splitExamples(cell: string): { text: string; examples: string[] } {
  const match = /^(.*?)\n\s*examples?:\s*\n(.*)$/is.exec(cell);
  if (!match) return { text: cell.trim(), examples: [] };
  const examples = match[2]!
    .split('\n')
    .map((l) => l.replace(/^\s*[-*•]\s*/, '').trim())
    .filter(Boolean);
  return { text: match[1]!.trim(), examples };
}

/**
 * A competency × level matrix as kept in spreadsheets: a header row naming the levels, then
 * one row per competency. Columns headed Area (or Category/Theme) and Description are
 * recognised; the competency column is the one headed Competency (or Skill), else the first
 * remaining column; every other column is a level, in order. A blank area repeats the one
 * above, as merged cells do when a sheet is saved as CSV.
 */
export function importCsv(text: string, fileName: string): ImportOutcome {
  const problems = new Problems();
  // A one-column sheet has no delimiter to detect; that is a missing-levels problem, said below.
  const read = readCsvRecords(text, { oneColumn: 'fine' });
  for (const p of read.problems.slice(0, 20)) problems.add(p.column ? [`column ${p.column}`] : [], p.message, p.line);
  if (problems.list.length) return { errors: problems.list };

  const rows = read.records.map((r) => ({ cells: r.cells.map((c) => c.trim()), line: r.line }));
  const content = rows.filter((r) => r.cells.some((c) => c !== ''));
  const header = content[0];
  if (!header) return { errors: [{ message: 'The file has no rows: the first row must name the levels.' }] };

  const lower = header.cells.map((c) => c.toLowerCase());
  const areaCol = lower.findIndex((c) => AREA_HEADERS.has(c));
  const descCol = lower.findIndex((c) => DESCRIPTION_HEADERS.has(c));
  let compCol = lower.findIndex((c) => COMPETENCY_HEADERS.has(c));
  if (compCol === -1) compCol = header.cells.findIndex((_, i) => i !== areaCol && i !== descCol);
  const levelCols = header.cells.map((_, i) => i).filter((i) => i !== areaCol && i !== descCol && i !== compCol);
  const levelTaken = new Set<string>();
  const levelNames = new Set<string>();
  const levels: LadderDoc['levels'] = [];
  for (const col of levelCols) {
    const name = header.cells[col]!;
    const field = `column ${col + 1}`;
    if (!name) {
      problems.add([field], `Column ${col + 1} has no level name in the first row: name the level`, header.line);
      continue;
    }
    if (levelNames.has(name.toLowerCase()))
      problems.add(
        [field],
        `The level “${name}” is named twice in the first row: give each level its own name`,
        header.line,
      );
    levelNames.add(name.toLowerCase());
    levels.push({ id: slugify(name, levelTaken, 'level'), name, track: 'main' });
  }
  if (levelCols.length === 0) {
    problems.add(
      [],
      'The first row names no levels: after the competency column, name at least one level',
      header.line,
    );
  }

  const areaTaken = new Set<string>();
  const areaByName = new Map<string, string>();
  const compTaken = new Set<string>();
  const seen = new Set<string>();
  const doc: LadderDoc = {
    name: nameFromFile(fileName, 'Imported ladder'),
    description: '',
    tracks: [{ id: 'main', name: 'Main' }],
    levels,
    areas: [],
    competencies: [],
    expectations: [],
  };
  let area = '';
  for (const row of content.slice(1)) {
    if (row.cells.length > header.cells.length && row.cells.slice(header.cells.length).some((c) => c)) {
      problems.add(
        [],
        `This row has ${row.cells.length} cells but the first row has ${header.cells.length}: move the extra cells under a level`,
        row.line,
      );
      continue;
    }
    if (areaCol !== -1 && row.cells[areaCol]) area = row.cells[areaCol]!;
    const name = row.cells[compCol] ?? '';
    if (!name) {
      problems.add(['competency'], 'This row has no competency name: write one in the competency column', row.line);
      continue;
    }
    const areaName = area || 'General';
    const key = `${areaName.toLowerCase()}\u0000${name.toLowerCase()}`;
    if (seen.has(key)) {
      problems.add(
        ['competency'],
        `The competency “${name}” is already in the area “${areaName}”: keep one row for it`,
        row.line,
      );
      continue;
    }
    seen.add(key);
    let areaId = areaByName.get(areaName.toLowerCase());
    if (!areaId) {
      areaId = slugify(areaName, areaTaken, 'area');
      areaByName.set(areaName.toLowerCase(), areaId);
      doc.areas.push({ id: areaId, name: areaName, description: '' });
    }
    const id = slugify(name, compTaken, 'competency');
    doc.competencies.push({ id, area: areaId, name, description: descCol === -1 ? '' : (row.cells[descCol] ?? '') });
    levelCols.forEach((col, i) => {
      const cell = row.cells[col] ?? '';
      const level = levels[i];
      if (cell && level) doc.expectations.push({ competency: id, level: level.id, ...splitExamples(cell) });
    });
  }
  if (content.length === 1)
    problems.add([], 'The file has no competencies: add one row per competency below the levels', header.line);
  const outcome = finish(doc, problems);
  return outcome;
}

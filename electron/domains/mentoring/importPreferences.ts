import { readCsvRecords } from '../../csv/readCsv';
import { formatList, quoted } from '#shared/format';
import { parseWholeNumber } from '#shared/schemas/numbers';
import {
  preferencesFieldsSchema,
  WANTS,
  type ImportResult,
  type ImportRowPreview,
  type PreferencesFields,
} from '#shared/mentoring/model';
import type { ReadableDB } from '../../db/access';
import type { HandlerContext } from '../../ipc/context';
import * as q from './queries';

/**
 * Mentoring preferences from a CSV file: one row per person, matched to people by name
 * (case-insensitive; a name two people share is refused rather than guessed).
 *
 *   name,wants,strengths,interests,capacity,manager
 *   Ada Lovelace,mentor,"testing; system design",,2,
 *
 * `wants` is mentor, mentee, both or neither; lists are separated by ";" (or "," inside
 * quotes); an empty capacity means 1 for mentors and 0 otherwise; `manager` is optional and
 * names a person in Cairn. Every line is checked; any error means nothing is written.
 */
const COLUMNS = ['name', 'wants', 'strengths', 'interests', 'capacity', 'manager'] as const;
const REQUIRED = ['name', 'wants'] as const;

type Column = (typeof COLUMNS)[number];

function peopleByName(db: ReadableDB): Map<string, { id: string; name: string }[]> {
  const rows = db.prepare('SELECT id, name FROM people').all() as { id: string; name: string }[];
  const map = new Map<string, { id: string; name: string }[]>();
  for (const r of rows) {
    const key = r.name.trim().toLowerCase();
    map.set(key, [...(map.get(key) ?? []), r]);
  }
  return map;
}

const splitTerms = (cell: string) =>
  cell
    .split(/[;,]/)
    .map((t) => t.trim())
    .filter(Boolean);

interface ParsedRow {
  personId: string;
  fields: PreferencesFields;
  preview: ImportRowPreview;
}

export function importPreferences(ctx: HandlerContext, input: { csv: string; commit: boolean }): ImportResult {
  const result: ImportResult = { rows: [], errors: [], imported: 0 };
  const error = (line: number, message: string) => result.errors.push({ line, message });
  // Each row keeps the line it starts on, so a quoted cell across lines does not shift the numbers.
  const parsed = readCsvRecords(input.csv, { oneColumn: 'problem' });
  for (const p of parsed.problems) error(p.line, p.message);
  const lines = parsed.records.map((r) => r.cells);
  const header = (lines[0] ?? []).map((h) => h.trim().toLowerCase());
  if (!header.some(Boolean)) {
    error(1, 'The file is empty: its first line must name the columns (name, wants, …).');
    return result;
  }
  const unknown = header.filter((h) => !COLUMNS.includes(h as Column));
  if (unknown.length)
    error(
      1,
      `Cairn does not know the ${unknown.length === 1 ? 'column' : 'columns'} ${formatList(unknown.map((u) => quoted(u)))}: the columns are ${formatList([...COLUMNS])}.`,
    );
  for (const col of REQUIRED)
    if (!header.includes(col)) error(1, `The column ${quoted(col)} is missing: add it to the first line.`);
  if (result.errors.length) return result;

  const people = peopleByName(ctx.db);
  const lookup = (name: string, line: number, what: string) => {
    const found = people.get(name.trim().toLowerCase()) ?? [];
    if (found.length === 0)
      error(line, `The ${what} ${quoted(name)} is not a person in Cairn: add them first, or check the spelling.`);
    if (found.length > 1)
      error(
        line,
        `The ${what} ${quoted(name)} matches ${found.length} people in Cairn: give them distinct names first.`,
      );
    return found.length === 1 ? found[0]! : null;
  };
  const seen = new Map<string, number>();
  const rows: ParsedRow[] = [];

  lines.slice(1).forEach((cells, index) => {
    const line = parsed.records[index + 1]!.line;
    if (cells.every((c) => !c.trim())) return;
    const cell = (col: Column) => (header.includes(col) ? (cells[header.indexOf(col)] ?? '').trim() : '');
    const before = result.errors.length;
    const name = cell('name');
    if (!name) {
      error(line, 'The name is empty: write whose preferences this row holds.');
      return;
    }
    const person = lookup(name, line, 'name');
    const wants = cell('wants').toLowerCase();
    if (!WANTS.includes(wants as (typeof WANTS)[number]))
      error(
        line,
        `The “wants” column says ${quoted(cell('wants'))}: write ${formatList([...WANTS], { type: 'disjunction' })}.`,
      );
    const wantsToMentor = wants === 'mentor' || wants === 'both';
    const capacityText = cell('capacity');
    const typed = parseWholeNumber(capacityText);
    if (capacityText !== '' && typed === null)
      error(line, `The capacity ${quoted(capacityText)} is not a whole number: write one, such as 2.`);
    const capacity = capacityText === '' ? (wantsToMentor ? 1 : 0) : (typed ?? 0);
    const managerName = cell('manager');
    const manager = managerName ? lookup(managerName, line, 'manager') : null;
    if (person && manager && person.id === manager.id)
      error(line, 'The manager cannot be the person themself: name someone else, or leave it empty.');
    if (person) {
      const earlier = seen.get(person.id);
      if (earlier) error(line, `${person.name} is already on line ${earlier}: keep one row for them.`);
      seen.set(person.id, line);
    }
    const fields = {
      wantsToMentor,
      wantsMentor: wants === 'mentee' || wants === 'both',
      strengths: splitTerms(cell('strengths')),
      interests: splitTerms(cell('interests')),
      capacity,
      managerId: manager?.id ?? null,
    };
    const checked = preferencesFieldsSchema.safeParse(fields);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      const column = String(issue.path[0] ?? '');
      error(
        line,
        `${issue.message.replace(/\.$/, '')}${column === 'capacity' ? ` (the file says ${quoted(capacityText)})` : ''}.`,
      );
    }
    if (result.errors.length > before || !person || !checked.success) return;
    rows.push({
      personId: person.id,
      fields: checked.data,
      preview: {
        line,
        name: person.name,
        ...checked.data,
        manager: manager?.name ?? null,
        replaces: Boolean(q.findPreferences(ctx.db, person.id)),
      },
    });
  });

  if (!result.errors.length && rows.length === 0)
    error(2, 'There are no rows under the column names: add one row per person.');
  result.errors.sort((a, b) => a.line - b.line);
  result.rows = rows.map((r) => r.preview);
  if (result.errors.length || !input.commit) return result;
  const now = ctx.now().toISOString();
  for (const r of rows) q.upsertPreferences(ctx.db, r.personId, r.fields, now);
  result.imported = rows.length;
  return result;
}

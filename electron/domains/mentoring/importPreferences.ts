import Papa from 'papaparse';
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
  // No header mode and no skipping of blank lines, so data[i] is line i + 1 of the file.
  const parsed = Papa.parse<string[]>(input.csv.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: false });
  for (const e of parsed.errors) error((e.row ?? 0) + 1, `the file could not be read here (${e.message}).`);
  const lines = parsed.data;
  const header = (lines[0] ?? []).map((h) => h.trim().toLowerCase());
  if (!header.some(Boolean)) {
    error(1, 'the file is empty; the first line must name the columns (name, wants, …).');
    return result;
  }
  const unknown = header.filter((h) => !COLUMNS.includes(h as Column));
  if (unknown.length)
    error(1, `unknown column ${unknown.map((u) => `"${u}"`).join(', ')}; the columns are ${COLUMNS.join(', ')}.`);
  for (const col of REQUIRED) if (!header.includes(col)) error(1, `the column "${col}" is missing.`);
  if (result.errors.length) return result;

  const people = peopleByName(ctx.db);
  const lookup = (name: string, line: number, what: string) => {
    const found = people.get(name.trim().toLowerCase()) ?? [];
    if (found.length === 0) error(line, `${what} "${name}" is not a person in Cairn; add them first.`);
    if (found.length > 1)
      error(line, `${what} "${name}" matches ${found.length} people; make the names distinct first.`);
    return found.length === 1 ? found[0]! : null;
  };
  const seen = new Map<string, number>();
  const rows: ParsedRow[] = [];

  lines.slice(1).forEach((cells, index) => {
    const line = index + 2;
    if (cells.every((c) => !c.trim())) return;
    const cell = (col: Column) => (header.includes(col) ? (cells[header.indexOf(col)] ?? '').trim() : '');
    const before = result.errors.length;
    const name = cell('name');
    if (!name) {
      error(line, 'name is empty.');
      return;
    }
    const person = lookup(name, line, 'name');
    const wants = cell('wants').toLowerCase();
    if (!WANTS.includes(wants as (typeof WANTS)[number]))
      error(line, `wants must be one of ${WANTS.join(', ')} (found "${cell('wants')}").`);
    const wantsToMentor = wants === 'mentor' || wants === 'both';
    const capacityText = cell('capacity');
    const capacity = capacityText === '' ? (wantsToMentor ? 1 : 0) : Number(capacityText);
    const managerName = cell('manager');
    const manager = managerName ? lookup(managerName, line, 'manager') : null;
    if (person && manager && person.id === manager.id) error(line, 'manager cannot be the person themself.');
    if (person) {
      const earlier = seen.get(person.id);
      if (earlier) error(line, `${person.name} is already on line ${earlier}.`);
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
        `${column === 'capacity' ? 'capacity' : column}: ${issue.message}${column === 'capacity' ? ` (found "${capacityText}")` : ''}.`,
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

  if (!result.errors.length && rows.length === 0) error(2, 'there are no rows to import under the column names.');
  result.errors.sort((a, b) => a.line - b.line);
  result.rows = rows.map((r) => r.preview);
  if (result.errors.length || !input.commit) return result;
  const now = ctx.now().toISOString();
  for (const r of rows) q.upsertPreferences(ctx.db, r.personId, r.fields, now);
  result.imported = rows.length;
  return result;
}

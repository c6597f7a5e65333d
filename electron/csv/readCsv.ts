import Papa from 'papaparse';
import { csvParseProblems, recordStarts, type CsvProblem } from './parseProblems';

export interface CsvRecord {
  cells: string[];
  /** The line the record starts on (a quoted cell may span lines). */
  line: number;
}

export interface CsvRead {
  records: CsvRecord[];
  problems: CsvProblem[];
}

/**
 * A CSV file as rows of cells, every record with the line it starts on, and what could not be
 * read in a manager's words (parseProblems.ts). No header mode and no skipping of blank lines,
 * so the importers see the file as the user wrote it. `oneColumn: 'fine'` is for files that
 * may hold a single column (a list of questions), where papaparse's failure to find a
 * delimiter is no problem.
 */
export function readCsvRecords(text: string, { oneColumn }: { oneColumn: 'fine' | 'problem' }): CsvRead {
  const clean = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(clean, { header: false, skipEmptyLines: false });
  const starts = recordStarts(clean);
  const errors = oneColumn === 'fine' ? parsed.errors.filter((e) => e.code !== 'UndetectableDelimiter') : parsed.errors;
  return {
    records: parsed.data.map((cells, i) => ({ cells, line: starts[i]?.line ?? i + 1 })),
    problems: csvParseProblems(clean, { ...parsed, errors }, false),
  };
}

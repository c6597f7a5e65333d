import type Papa from 'papaparse';
import { plural, quoted } from '#shared/format';

/** A CSV file that could not be read as written, in a manager's words: where, what, what to do. */
export interface CsvProblem {
  /** The line of the file the problem is on, counted from 1 as an editor counts them. */
  line: number;
  /** The column, counted from 1, when the problem sits in one cell. */
  column?: number;
  message: string;
}

/** Where each record of the file starts: a quoted cell may span lines, so records and lines differ. */
export interface RecordStart {
  line: number;
  offset: number;
}

/**
 * Follows the same quoting rule as the parser (a quote toggles, a doubled quote toggles twice),
 * so record N of papaparse's data starts at starts[N].
 */
export function recordStarts(text: string): RecordStart[] {
  const starts: RecordStart[] = [{ line: 1, offset: 0 }];
  let line = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) {
      line += 1;
      if (!quoted) starts.push({ line, offset: i + 1 });
    }
  }
  return starts;
}

/** The line (from 1) the character at `index` is on. */
function lineAt(text: string, index: number): number {
  return (text.slice(0, index).match(/\r\n|\n|\r/g)?.length ?? 0) + 1;
}

/** The column (from 1) of the cell whose opening quote is at `quote`, counting delimiters outside quotes. */
function columnAt(text: string, start: number, quote: number, delimiter: string): number {
  let column = 1;
  let inQuotes = false;
  for (let i = start; i < quote; i += 1) {
    if (text[i] === '"') inQuotes = !inQuotes;
    else if (!inQuotes && text.startsWith(delimiter, i)) column += 1;
  }
  return column;
}

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'bar' };

/** papaparse's counts, from its message ("Too few fields: expected 3 fields but parsed 1"): the error carries no numbers. */
function fieldCounts(message: string): { expected: number; found: number } | null {
  const match = /expected (\d+) fields but parsed (\d+)/.exec(message);
  return match ? { expected: Number(match[1]), found: Number(match[2]) } : null;
}

/**
 * The one place that turns papaparse's errors (its own English: "Quoted field unterminated",
 * "Too few fields: expected 3 fields but parsed 1") into sentences for the ladder, mentoring
 * and question-bank imports. `header` says whether the file was parsed with papaparse's header
 * row, which shifts its row numbers by one.
 */
export function csvParseProblems(text: string, result: Papa.ParseResult<unknown>, header: boolean): CsvProblem[] {
  const starts = recordStarts(text);
  const delimiter = result.meta.delimiter || ',';
  const separator = DELIMITER_NAMES[delimiter] ?? `“${delimiter}”`;
  // The first line names the columns; a column is named by it, except on that line itself.
  const headerCells = header ? (result.meta.fields ?? []) : ((result.data[0] as string[] | undefined) ?? []);
  const columnWords = (column: number, record: number) => {
    const name = record > 0 ? headerCells[column - 1]?.trim() : undefined;
    return `column ${column}${name ? ` (${quoted(name, 30)})` : ''}`;
  };
  const problems: CsvProblem[] = [];
  // A stray quote (InvalidQuotes) leaves papaparse looking for a closing quote to the end of
  // the file, so the same cell is also reported as MissingQuotes: one sentence says it.
  const strayQuoteAt = new Set(result.errors.filter((e) => e.code === 'InvalidQuotes').map((e) => e.index));
  const seen = new Set<string>();
  for (const error of result.errors) {
    if (error.code === 'MissingQuotes' && strayQuoteAt.has(error.index)) continue;
    const quote = error.type === 'Quotes' && error.index !== undefined ? error.index - 1 : undefined;
    // A quote problem is placed by the quote itself; a row problem by its row (papaparse
    // counts rows after the header in header mode, and every row for quotes).
    const record =
      quote !== undefined
        ? starts.findLastIndex((s) => s.offset <= quote)
        : (error.row ?? 0) + (header && error.type === 'FieldMismatch' ? 1 : 0);
    const start = starts[record] ?? starts[starts.length - 1]!;
    const end = starts[record + 1]?.offset ?? text.length;
    // A file that ends with a line break has an empty last row, which is no problem.
    if (error.type === 'FieldMismatch' && text.slice(start.offset, end).trim() === '') continue;
    const line = quote !== undefined ? lineAt(text, quote) : error.code === 'UndetectableDelimiter' ? 1 : start.line;
    const column = quote !== undefined ? columnAt(text, start.offset, quote, delimiter) : undefined;
    const key = `${error.code}:${line}:${column ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const problem = (message: string): CsvProblem => ({ line, ...(column !== undefined ? { column } : {}), message });
    switch (error.code) {
      case 'MissingQuotes':
        problems.push(
          problem(
            `The cell in ${columnWords(column ?? 1, record)} opens a quote that is never closed, so the rest of the file reads as that one cell: add the closing quote (") where the cell ends, or remove the opening one.`,
          ),
        );
        break;
      case 'InvalidQuotes':
        problems.push(
          problem(
            `The quoted cell in ${columnWords(column ?? 1, record)} has text after its closing quote: write each quote inside the cell twice (""), or remove the stray quote.`,
          ),
        );
        break;
      case 'UndetectableDelimiter':
        problems.push(
          problem(
            'Cairn found nothing between the columns (no commas, semicolons or tabs), so the file reads as one column: save the sheet as CSV, with a comma between columns.',
          ),
        );
        break;
      case 'TooFewFields':
      case 'TooManyFields': {
        const counts = fieldCounts(error.message);
        const has = counts
          ? `This row has ${plural(counts.found, 'cell')} but the first line names ${plural(counts.expected, 'column')}`
          : 'This row does not have one cell for each column the first line names';
        problems.push(
          problem(
            error.code === 'TooFewFields'
              ? `${has}: add the missing cells (an empty cell is two ${separator}s side by side).`
              : `${has}: remove the extra cells, or put a cell that holds a ${separator} in quotes.`,
          ),
        );
        break;
      }
      default:
        problems.push(problem(`This line could not be read as CSV: check its quotes and its ${separator}s.`));
    }
  }
  return problems;
}

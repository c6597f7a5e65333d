import { readCsvRecords } from '../../csv/readCsv';
import type { BankFormat, BankProblem } from '#shared/questions/model';
import { CATEGORY_MAX, QUESTION_MAX } from '#shared/questions/model';
import { bankWords, type CellPlace } from './bankWords';

export interface RawQuestion {
  text: string;
  category: string;
  line: number | null;
}

export interface ReadBank {
  format: BankFormat;
  languages: string[];
  questions: RawQuestion[];
  problems: BankProblem[];
  /** A CSV file's question column, to name the cell of a problem. */
  questionCell?: CellPlace;
}

export function formatOf(fileName: string, text: string): BankFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.md') || lower.endsWith('.markdown') || lower.endsWith('.txt')) return 'markdown';
  return /^\s*[[{]/.test(text) ? 'json' : 'markdown';
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** The line and column (from 1) of a character, as an editor shows them. */
function placeOf(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  return { line: lineAt(text, index), column: index - (before.lastIndexOf('\n') + 1) + 1 };
}

/** A value that is a string, or per-language strings ({"en": "…", "de": "…"}). */
type Localised = string | Record<string, unknown>;

function pick(value: Localised | undefined, language: string | null): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && language && typeof value[language] === 'string') return value[language] as string;
  return undefined;
}

/**
 * JSON: a list of questions, each a string or an object with `text` (or `question`) and an
 * optional `category`; or an object whose `questions` is such a list. In a multilingual bank
 * `text` and `category` map languages to words ({"en": "…", "de": "…"}): the chosen language
 * is imported, categories included.
 */
function readJson(text: string, language: string | null): ReadBank {
  const out: ReadBank = { format: 'json', languages: [], questions: [], problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const at = /position (\d+)/.exec(e instanceof Error ? e.message : '')?.[1];
    const place = at ? placeOf(text, Number(at)) : null;
    out.problems.push({ line: place?.line ?? null, message: bankWords.notJson(place) });
    return out;
  }
  const list = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && Array.isArray((data as { questions?: unknown }).questions)
      ? (data as { questions: unknown[] }).questions
      : null;
  if (!list) {
    out.problems.push({ line: 1, message: bankWords.noList() });
    return out;
  }
  // The line of each entry: JSON.parse keeps none, so find the n-th entry's start in the text.
  const starts = [...text.matchAll(/"(?:text|question)"\s*:/g)].map((m) => lineAt(text, m.index));
  const languages = new Set<string>();
  for (const entry of list) {
    const value =
      typeof entry === 'object' && entry
        ? ((entry as Record<string, Localised>).text ?? (entry as Record<string, Localised>).question)
        : null;
    if (value && typeof value === 'object') for (const key of Object.keys(value)) languages.add(key);
  }
  out.languages = [...languages].sort();
  if (out.languages.length && (!language || !languages.has(language))) {
    out.problems.push({
      line: null,
      message: language ? bankWords.noSuchLanguage(language, out.languages) : bankWords.chooseLanguage(out.languages),
    });
    return out;
  }
  let objectIndex = 0;
  list.forEach((entry, i) => {
    let line: number | null = null;
    let textValue: string | undefined;
    let category: string | undefined;
    if (typeof entry === 'string') {
      textValue = entry;
    } else if (entry && typeof entry === 'object') {
      line = starts[objectIndex++] ?? null;
      const e = entry as Record<string, Localised>;
      textValue = pick(e.text ?? e.question, language);
      category = pick(e.category, language) ?? (typeof e.category === 'string' ? e.category : undefined);
    }
    out.questions.push({ text: textValue ?? '', category: category ?? '', line: line ?? i + 1 });
  });
  return out;
}

/** CSV: a header naming a `question` (or `text`) column and, optionally, a `category` column. */
function readCsv(text: string): ReadBank {
  const out: ReadBank = { format: 'csv', languages: [], questions: [], problems: [] };
  // A file of one column (questions only) has no delimiter to detect: that is not a problem.
  const parsed = readCsvRecords(text, { oneColumn: 'fine' });
  for (const p of parsed.problems) out.problems.push({ line: p.line, message: p.message });
  const header = (parsed.records[0]?.cells ?? []).map((h) => h.trim().toLowerCase());
  const textColumn = header.findIndex((h) => h === 'question' || h === 'text');
  const categoryColumn = header.indexOf('category');
  if (textColumn < 0) {
    out.problems.push({ line: 1, message: bankWords.noQuestionColumn() });
    return out;
  }
  out.questionCell = { column: textColumn + 1, name: header[textColumn]! };
  parsed.records.slice(1).forEach(({ cells, line }) => {
    if (cells.length === 1 && cells[0] === '') return; // a blank line
    out.questions.push({
      text: cells[textColumn] ?? '',
      category: categoryColumn >= 0 ? (cells[categoryColumn] ?? '') : '',
      line,
    });
  });
  return out;
}

/** Markdown: list items are questions; the heading above them is their category. */
function readMarkdown(text: string): ReadBank {
  const out: ReadBank = { format: 'markdown', languages: [], questions: [], problems: [] };
  let category = '';
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(raw);
    if (heading) {
      category = heading[1]!;
      return;
    }
    const item = /^\s*(?:[-*+]|\d+[.)])(?:\s+\[[ xX]\])?(?:\s+(.*))?$/.exec(raw);
    if (item) out.questions.push({ text: item[1] ?? '', category, line: i + 1 });
  });
  return out;
}

/** Reads a bank file; checks every question (empty, too long) and reports each problem with its line. */
export function readBank(fileName: string, text: string, language: string | null): ReadBank {
  const clean = text.replace(/^\uFEFF/, '');
  const format = formatOf(fileName, clean);
  const read = format === 'json' ? readJson(clean, language) : format === 'csv' ? readCsv(clean) : readMarkdown(clean);
  for (const q of read.questions) {
    q.text = q.text.trim();
    q.category = q.category.trim().toLowerCase();
    if (!q.text) read.problems.push({ line: q.line, message: bankWords.emptyQuestion(format, read.questionCell) });
    else if (q.text.length > QUESTION_MAX)
      read.problems.push({ line: q.line, message: bankWords.questionTooLong(q.text.length) });
    if (q.category.length > CATEGORY_MAX)
      read.problems.push({ line: q.line, message: bankWords.categoryTooLong(q.category.length) });
  }
  if (!read.problems.length && !read.questions.length) {
    read.problems.push({ line: null, message: bankWords.noQuestions(format) });
  }
  return read;
}

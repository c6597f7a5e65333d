import { MAX_IMPORT_BYTES, type ImportFormat, type ImportPreview } from '#shared/ladders/model';
import { importCairn } from './cairn';
import { importCsv } from './csv';
import { importFt } from './ft';
import { importMonzo } from './monzo';

type Format = Exclude<ImportFormat, 'auto'>;

/** Picks a format from the file's extension, then from its first characters. */
export function detectFormat(fileName: string, text: string): Format | null {
  const ext = /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1] ?? '';
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  if (ext === 'md' || ext === 'markdown') return 'monzo-md';
  if (ext === 'json') return 'cairn';
  if (ext === 'yml' || ext === 'yaml') return /^format:\s*["']?cairn-ladder/m.test(text) ? 'cairn' : 'ft-yaml';
  if (start.startsWith('---')) return 'monzo-md';
  if (start.startsWith('{') || /^format:\s*["']?cairn-ladder/m.test(text)) return 'cairn';
  if (/^levels:/m.test(text)) return 'ft-yaml';
  if ((start.split('\n')[0] ?? '').includes(',')) return 'csv';
  return null;
}

/** A broken file can have thousands of problems; the first hundred say enough. */
const MAX_SHOWN = 100;
const megabytes = (chars: number) => (chars / 1_000_000).toFixed(1);

/**
 * Reads a ladder file into a ladder document, or says every problem found. Pure: text in,
 * answer out; nothing is stored here.
 */
export function previewImport(format: ImportFormat, text: string, fileName: string): ImportPreview {
  // Length in UTF-16 units is at most the byte count of the UTF-8 file, so this refuses early
  // without encoding a huge string.
  if (text.length > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      format: null,
      errors: [
        {
          message: `The file is ${megabytes(text.length)} MB; a ladder file can be at most ${megabytes(MAX_IMPORT_BYTES)} MB. Is this the right file?`,
        },
      ],
    };
  }
  if (text.trim() === '') return { ok: false, format: null, errors: [{ message: 'The file is empty.' }] };
  const chosen = format === 'auto' ? detectFormat(fileName, text) : format;
  if (!chosen) {
    return {
      ok: false,
      format: null,
      errors: [{ message: 'Cairn cannot tell which format this file is in; choose the format from the list.' }],
    };
  }
  const outcome =
    chosen === 'cairn'
      ? importCairn(text)
      : chosen === 'csv'
        ? importCsv(text, fileName)
        : chosen === 'ft-yaml'
          ? importFt(text, fileName)
          : importMonzo(text, fileName);
  if ('ladder' in outcome) return { ok: true, format: chosen, ladder: outcome.ladder };
  const errors = outcome.errors.slice(0, MAX_SHOWN);
  if (outcome.errors.length > MAX_SHOWN)
    errors.push({ message: `…and ${outcome.errors.length - MAX_SHOWN} more problems.` });
  return { ok: false, format: chosen, errors };
}

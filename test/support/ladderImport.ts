import type { ImportFormat } from '#shared/ladders/model';
import { previewImport } from '#electron/domains/ladders/import';

/** The problems an import preview reports for a ladder file; throws if the file is accepted. */
export function importProblems(format: ImportFormat, text: string, fileName: string) {
  const result = previewImport(format, text, fileName);
  if (result.ok) throw new Error('expected problems');
  return result.errors;
}

import { z } from 'zod';
import { command, query } from '../ipc/channel';

export interface FullExport {
  fileBaseName: string;
  json: string;
  markdown: string;
}

export interface ImportPreview {
  schemaVersion: number;
  exportedAt: string;
  counts: Record<string, number>;
}

/** 512 MiB of JSON is far beyond a decade of notes; anything larger is not an export of ours. */
const exportText = z
  .string()
  .max(512 * 1024 * 1024, 'The file is too large to be a Cairn export: choose the file Cairn exported.');

export const dataContract = {
  'data.exportAll': query<FullExport>()(z.strictObject({})),
  'data.previewImport': query<ImportPreview>()(z.strictObject({ json: exportText })),
  /** Only into an empty store; all or nothing. */
  'data.importAll': command<ImportPreview>()(z.strictObject({ json: exportText })),
};

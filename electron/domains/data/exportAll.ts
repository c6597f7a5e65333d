import type { FullExport } from '#shared/data/contract';
import { schemaVersion } from '../../db/migrate';
import type { ReadableDB } from '../../db/access';
import { exportPerson } from '../people/export';
import { listPeople } from '../people/queries';
import { sealNotes } from './noteSeals';
import { dataTables, hasRowid, quoteName } from './tables';

export const EXPORT_FORMAT = 'cairn-export';

/**
 * Everything, in open formats: JSON with every row of every table (what an import restores)
 * and Markdown a person can read without Cairn. Private notes are included: this export is
 * the owner's own copy, never one meant for someone else.
 */
export function exportAll(db: ReadableDB, now: Date): FullExport {
  const tables: Record<string, unknown[]> = {};
  for (const table of dataTables(db)) {
    // Insertion order where there is a rowid; WITHOUT ROWID tables read in key order.
    const order = hasRowid(db, table) ? ' ORDER BY rowid' : '';
    tables[table] = db.prepare(`SELECT * FROM ${quoteName(table)}${order}`).all();
  }
  const exportedAt = now.toISOString();
  const json = JSON.stringify({
    format: EXPORT_FORMAT,
    version: 1,
    schemaVersion: schemaVersion(db),
    exportedAt,
    tables,
    noteSeals: sealNotes(db),
  });
  const people = listPeople(db, { status: 'all' });
  const markdown = [
    `# Cairn export, ${exportedAt.slice(0, 10)}`,
    '',
    `${people.length} people. The JSON file beside this one holds every record and can be imported into Cairn.`,
    ...people.map((p) => exportPerson(db, p, exportedAt).markdown),
  ].join('\n\n');
  return { fileBaseName: `cairn-export-${exportedAt.slice(0, 10)}`, json, markdown };
}

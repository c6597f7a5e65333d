import type { SampleStatus } from '#shared/sample/contract';
import type { ReadableDB } from '../../db/access';
import { conflict } from '../../ipc/domainError';
import type { HandlerMap } from '../../ipc/handlers';
import { dataTables, quoteName } from '../data/tables';
import { leaveNoTrace } from '../eraseTraces';
import { sampleParts } from './parts';
import { createWriter } from './writer';

const count = (db: ReadableDB, sql: string) => (db.prepare(sql).get() as { n: number }).n;

function status(db: ReadableDB): SampleStatus {
  const rows = count(db, 'SELECT count(*) AS n FROM sample_rows');
  return { loaded: rows > 0, rows, canLoad: count(db, 'SELECT count(*) AS n FROM people') === 0 };
}

export const sampleHandlers: HandlerMap<'sample.status' | 'sample.load' | 'sample.remove'> = {
  'sample.status': (ctx) => status(ctx.db),
  'sample.load': (ctx) => {
    if (!status(ctx.db).canLoad) {
      throw conflict(
        'The sample team loads only into an empty Cairn, so that made-up people never mix with yours. Try it in a new data folder, or after removing everyone.',
      );
    }
    const writer = createWriter(ctx);
    for (const part of sampleParts) part.load(writer);
    return { people: Object.keys(writer.people).length, teams: Object.keys(writer.teams).length };
  },
  'sample.remove': (ctx) => {
    // People first: everything recorded about them goes with them (ON DELETE CASCADE), which
    // frees the rest (a ladder their assessments used) to go in reverse order of loading.
    const rows = ctx.db
      .prepare("SELECT table_name, row_id FROM sample_rows ORDER BY table_name = 'people' DESC, position DESC")
      .all() as { table_name: string; row_id: string }[];
    // Table names come from our own registry, but are still checked against the schema before use.
    const known = new Set(dataTables(ctx.db));
    const forget = ctx.db.prepare('DELETE FROM sample_rows WHERE table_name = ? AND row_id = ?');
    let removed = 0;
    let kept = 0;
    for (const { table_name: table, row_id: id } of rows) {
      if (!known.has(table)) continue;
      try {
        removed += ctx.db.prepare(`DELETE FROM ${quoteName(table)} WHERE id = ?`).run(id).changes;
        forget.run(table, id);
      } catch (error) {
        // The user's own data still uses this row (say, their assessment on the sample ladder):
        // it stays, still marked as sample, rather than taking their work with it.
        if (!(error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY')) throw error;
        kept++;
      }
    }
    leaveNoTrace(ctx);
    return { removed, kept };
  },
};

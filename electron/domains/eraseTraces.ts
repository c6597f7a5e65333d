import type { HandlerContext } from '../ipc/context';
import { purgeDeletedPersonData } from './personData';

/**
 * The one ending of every erase (a person, a candidate, the sample team, a candidate whose
 * retention period has ended): call it after the rows are deleted, in the same request.
 * - secure_delete (set on every connection) zeroes the freed pages of the file;
 * - the search indexes are merged, dropping the words of deleted rows they still keep;
 * - once the transaction has committed, the WAL is folded into the file and truncated, so
 *   its older copies of the erased pages are gone too (until then they are readable there);
 *   in the first seconds after opening a large store this waits for the start-up check.
 */
export function leaveNoTrace(ctx: HandlerContext): void {
  purgeDeletedPersonData(ctx.db);
  ctx.afterCommit?.(() => {
    // Folding the WAL in writes the data file: not before the start-up check has passed.
    ctx.whenVerified?.();
    ctx.db.pragma('wal_checkpoint(TRUNCATE)');
  });
}

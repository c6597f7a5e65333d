import type { Person, Team } from '#shared/people/model';
import { addDays } from '#shared/calendar';
import type { HandlerContext } from '../../ipc/context';
import { today } from '../clock';

/**
 * What each part of the sample gets while loading: the handler context, the people and teams
 * written so far (by short key), and `register` for every top-level row it writes, so that
 * removal finds them. Rows owned by a sample person need no registering: they cascade.
 */
export interface SampleWriter {
  ctx: HandlerContext;
  people: Record<string, Person>;
  teams: Record<string, Team>;
  register(table: string, id: string): void;
  /** The date `days` before today (negative: after), as YYYY-MM-DD. */
  daysAgo(days: number): string;
}

/** One domain's share of the sample team. */
export interface SamplePart {
  name: string;
  load(writer: SampleWriter): void;
}

export function createWriter(ctx: HandlerContext): SampleWriter {
  const insert = ctx.db.prepare('INSERT INTO sample_rows (table_name, row_id, position) VALUES (?, ?, ?)');
  let position = (ctx.db.prepare('SELECT coalesce(max(position), 0) AS n FROM sample_rows').get() as { n: number }).n;
  // The manager's today, as every handler reads it: a sample entry "seen today" is never in their future.
  const todayOn = today(ctx);
  return {
    ctx,
    people: {},
    teams: {},
    register: (table, id) => void insert.run(table, id, ++position),
    daysAgo: (days) => addDays(todayOn, -days),
  };
}

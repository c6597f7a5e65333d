import type { RecurringItem, Template } from '#shared/oneOnOnes/model';
import type { ReadableDB } from '../../db/access';
import { stmt } from './statements';

/** What every 1:1 of a person starts from: their recurring items, and the agenda templates. */
export function listRecurring(db: ReadableDB, personId: string): RecurringItem[] {
  return stmt(db, 'SELECT id, text FROM oo_recurring WHERE person_id = ? ORDER BY created_at, id').all(
    personId,
  ) as RecurringItem[];
}

export function listTemplates(db: ReadableDB): Template[] {
  const rows = stmt(db, 'SELECT * FROM oo_templates ORDER BY built_in DESC, name').all() as {
    id: string;
    name: string;
    items: string;
    built_in: number;
  }[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    items: JSON.parse(r.items) as string[],
    builtIn: r.built_in === 1,
  }));
}

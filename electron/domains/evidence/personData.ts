import { escapeMarkdownInline as inline } from '#shared/markdown/escape';
import { documentDate, sourceName } from '#shared/evidence/words';
import type { PersonDataSection } from '../personData';
import { entriesInPeriod } from './queries';

/**
 * The whole log in the person's export (a copy of everything held about them, private
 * entries included and marked); erase removes it by cascade and purges the search index.
 */
export const evidencePersonData: PersonDataSection = {
  key: 'evidence',
  noun: { one: 'evidence log entry', other: 'evidence log entries' },
  count: (db, personId) =>
    db.prepare('SELECT count(*) FROM evidence_entries WHERE person_id = ?').pluck().get(personId) as number,
  collect: (db, personId) => entriesInPeriod(db, personId, null, null),
  markdown: (db, personId) => {
    const entries = entriesInPeriod(db, personId, null, null);
    if (!entries.length) return '';
    const lines = ['## Evidence log', ''];
    for (const e of entries) {
      const tags = e.competencyIds.length ? ` \\[${e.competencyIds.map(inline).join(', ')}\\]` : '';
      const shows = e.shows ? ` — ${inline(e.shows)}` : '';
      lines.push(
        `- ${documentDate(e.seenOn)}${e.private ? ' (private)' : ''}: ${inline(e.happened)}${shows}${tags}. Source: ${inline(sourceName(e.source))}.`,
      );
    }
    lines.push('');
    return lines.join('\n');
  },
  purgeDeleted: (db) => {
    db.prepare("INSERT INTO evidence_fts (evidence_fts) VALUES ('optimize')").run();
  },
};

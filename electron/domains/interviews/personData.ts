import { escapeMarkdownInline } from '#shared/markdown/escape';
import type { ReadableDB } from '../../db/access';
import type { PersonDataSection } from '../personData';

interface Link {
  name: string;
  scorecards: number;
}

const linksOf = (db: ReadableDB, personId: string) =>
  db
    .prepare(
      `SELECT i.name, (SELECT count(*) FROM scorecards s WHERE s.interviewer_id = i.id) AS scorecards
       FROM interviewers i WHERE i.person_id = ? ORDER BY i.name`,
    )
    .all(personId) as Link[];

/**
 * A person may sit on interview panels. Erasing them unlinks the panel identity (SET NULL):
 * the scorecards are part of the candidates' hiring records and stay under the typed name.
 */
export const interviewPanelSection: PersonDataSection = {
  key: 'interviewPanel',
  noun: {
    one: 'place on an interview panel',
    other: 'places on interview panels',
    detail: 'whose scorecards are kept under the name typed on them',
  },
  count: (db, personId) => linksOf(db, personId).length,
  collect: (db, personId) => linksOf(db, personId),
  markdown: (db, personId) => {
    const links = linksOf(db, personId);
    if (!links.length) return '';
    return [
      '## Interview panels',
      '',
      ...links.map((l) => `- Sits on panels as "${escapeMarkdownInline(l.name)}" (${l.scorecards} scorecards)`),
    ].join('\n');
  },
};

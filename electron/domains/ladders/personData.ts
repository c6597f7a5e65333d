import { formatLongDate } from '#shared/format';
import { escapeMarkdownInline as inline, escapeMarkdownText } from '#shared/markdown/escape';
import { readiness } from '#shared/ladders/readiness';
import type { ReadableDB } from '../../db/access';
import type { PersonDataSection } from '../personData';
import { findAssessment } from './assessmentQueries';

const ids = (db: ReadableDB, personId: string) =>
  db
    .prepare('SELECT id FROM assessments WHERE person_id = ? ORDER BY assessed_on, created_at')
    .pluck()
    .all(personId) as string[];

/** Assessments with their ratings and evidence; the ladder wording stays with the ladder. */
export const assessmentsPersonData: PersonDataSection = {
  key: 'assessments',
  noun: { one: 'assessment' },
  count: (db, personId) => ids(db, personId).length,
  collect: (db, personId) =>
    ids(db, personId).map((id) => {
      const { doc: _doc, ...rest } = findAssessment(db, id)!;
      return rest;
    }),
  markdown: (db, personId) => {
    const list = ids(db, personId).map((id) => findAssessment(db, id)!);
    if (!list.length) return '';
    const lines = ['## Ladder assessments', ''];
    for (const a of list) {
      const r = readiness(a);
      lines.push(`### ${formatLongDate(a.assessedOn)}: ${inline(a.ladderName)}, ${inline(r.levelName)}`, '');
      if (r.summary) lines.push(escapeMarkdownText(r.summary), '');
      // A step name comes from the ladder file, so it is escaped like any other name.
      for (const item of r.items)
        lines.push(`- ${inline(item.name)}: ${item.ratingName ? inline(item.ratingName) : 'not rated'}`);
      if (a.evidence.length) {
        lines.push('', 'Evidence:', '');
        for (const e of a.evidence) lines.push(`- ${inline(e.text)}`);
      }
      lines.push('');
    }
    return lines.join('\n');
  },
};

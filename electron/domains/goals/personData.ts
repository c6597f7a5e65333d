import { formatLongDate } from '#shared/format';
import { escapeMarkdownInline as inline, escapeMarkdownText } from '#shared/markdown/escape';
import { GOAL_STATUS_LABELS } from '#shared/goals/model';
import type { PersonDataSection } from '../personData';
import { listGoals } from './queries';

// Flags (overdue, stale) depend on "today"; an export states facts, so it leaves them out.
const FAR_PAST = '0000-01-01';

export const goalsPersonData: PersonDataSection = {
  key: 'goals',
  noun: { one: 'stretch goal', detail: 'with their check-ins' },
  count: (db, personId) =>
    (db.prepare('SELECT count(*) AS n FROM goals WHERE person_id = ?').get(personId) as { n: number }).n,
  collect: (db, personId) => listGoals(db, personId, FAR_PAST).map(({ overdue: _o, stale: _s, ...goal }) => goal),
  markdown: (db, personId) => {
    const goals = listGoals(db, personId, FAR_PAST);
    if (!goals.length) return '';
    const lines = ['## Stretch goals', ''];
    for (const g of goals) {
      lines.push(
        `### ${inline(g.title)} (${GOAL_STATUS_LABELS[g.status]}${g.dueDate ? `, due ${formatLongDate(g.dueDate)}` : ''})`,
        '',
      );
      if (g.why) lines.push(escapeMarkdownText(g.why), '');
      if (g.successCriteria) lines.push(`Success looks like: ${escapeMarkdownText(g.successCriteria)}`, '');
      for (const c of g.checkIns) lines.push(`- ${formatLongDate(c.checkedOn)}: ${inline(c.note)}`);
      lines.push('');
    }
    return lines.join('\n');
  },
};

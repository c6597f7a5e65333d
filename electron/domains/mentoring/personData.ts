import { escapeMarkdownInline as inline, escapeMarkdownText } from '#shared/markdown/escape';
import { formatLongDate, plural } from '#shared/format';
import { FIT_LABELS, PAIR_STATUS_LABELS, cadenceLabel } from '#shared/mentoring/model';
import type { ReadableDB } from '../../db/access';
import type { PersonDataSection } from '../personData';
import * as q from './queries';

function pairsWithSessions(db: ReadableDB, personId: string) {
  return q.listPairRows(db, personId).map((row) => ({
    row,
    focusAreas: q.focusAreasByPair(db, [row.id]).get(row.id) ?? [],
    sessions: q.listSessions(db, row.id),
  }));
}

/** Pairs (as mentor or mentee), their sessions, and the person's mentoring preferences. */
export const mentoringPersonData: PersonDataSection = {
  key: 'mentoring',
  noun: { one: 'mentoring pair', detail: 'with their sessions, and any mentoring preferences' },
  count: (db, personId) =>
    db
      .prepare('SELECT count(*) FROM mentoring_pairs WHERE mentor_id = ? OR mentee_id = ?')
      .pluck()
      .get(personId, personId) as number,
  collect(db, personId) {
    return {
      preferences: q.findPreferences(db, personId) ?? null,
      pairs: pairsWithSessions(db, personId).map(({ row, focusAreas, sessions }) => ({
        id: row.id,
        role: row.mentor_id === personId ? 'mentor' : 'mentee',
        mentor: row.mentor_name,
        mentee: row.mentee_name,
        status: row.status,
        ...q.pairTerms(row),
        focusAreas: focusAreas.map((f) => f.name),
        sessions,
      })),
    };
  },
  markdown(db, personId) {
    const prefs = q.findPreferences(db, personId);
    const pairs = pairsWithSessions(db, personId);
    if (!prefs && pairs.length === 0) return '';
    const out = ['## Mentoring'];
    if (prefs) {
      const wants = [prefs.wantsToMentor ? 'to mentor' : '', prefs.wantsMentor ? 'a mentor' : '']
        .filter(Boolean)
        .join(' and ');
      out.push('', `- **Wants:** ${wants || 'neither for now'}`);
      if (prefs.strengths.length) out.push(`- **Strengths:** ${prefs.strengths.map(inline).join(', ')}`);
      if (prefs.interests.length) out.push(`- **Wants to grow in:** ${prefs.interests.map(inline).join(', ')}`);
      if (prefs.wantsToMentor) out.push(`- **Capacity:** ${plural(prefs.capacity, 'mentee')}`);
    }
    for (const { row, focusAreas, sessions } of pairs) {
      out.push(
        '',
        `### ${inline(row.mentor_name)} mentoring ${inline(row.mentee_name)} (${PAIR_STATUS_LABELS[row.status]})`,
        '',
      );
      out.push(
        `- **Cadence:** ${cadenceLabel(row.cadence_days)}, from ${formatLongDate(row.start_date)}${row.planned_end ? ` to ${formatLongDate(row.planned_end)}` : ''}`,
      );
      if (focusAreas.length) out.push(`- **Focus:** ${focusAreas.map((f) => inline(f.name)).join(', ')}`);
      if (row.goals) out.push(`- **Goals:** ${inline(row.goals)}`);
      if (row.expectations) out.push(`- **Expectations:** ${inline(row.expectations)}`);
      if (row.status === 'ended')
        out.push(`- **Ended${row.ended_on ? ` on ${row.ended_on}` : ''}:** ${inline(row.end_reason)}`);
      for (const s of sessions) {
        out.push('', `#### Session of ${formatLongDate(s.date)}${s.fit ? ` — ${FIT_LABELS[s.fit]}` : ''}`);
        if (s.notes) out.push('', escapeMarkdownText(s.notes));
        if (s.takeaways) out.push('', `**Takeaways:** ${inline(s.takeaways)}`);
        for (const p of s.progress) out.push(`- *${inline(p.focusArea)}:* ${inline(p.note)}`);
      }
    }
    return out.join('\n');
  },
};

import { formatLongDate } from '#shared/format';
import { escapeMarkdownInline as inline, safeMarkdownBlock } from '#shared/markdown/escape';
import { purgeDeletedText } from './searchIndex';
import { stmt } from './statements';
import type { Item, Meeting, MeetingExport } from '#shared/oneOnOnes/model';
import type { PersonDataSection } from '../personData';
import * as q from './queries';
import { listRecurring } from './recurringAndTemplates';
import { meetingView } from './views';
import { nameSlug } from '../fileSlug';

const STATE_MARK: Record<Item['state'], string> = { open: '[ ]', done: '[x]', dropped: '[-]' };
const STATUS_WORDS: Record<Meeting['status'], string> = {
  scheduled: 'Scheduled',
  held: 'Held',
  skipped: 'Skipped',
  moved: 'Moved',
};

function itemLine(item: Item, meeting: Meeting): string {
  const who =
    item.kind === 'agenda'
      ? item.side === 'me'
        ? 'from me'
        : `from ${inline(meeting.personName)}`
      : item.side === 'me'
        ? 'me'
        : inline(meeting.personName);
  const due = item.dueDate ? `, due ${formatLongDate(item.dueDate)}` : '';
  return `- ${STATE_MARK[item.state]} ${inline(item.text)} (${who}${due})${item.state === 'dropped' ? ' — dropped' : ''}`;
}

/**
 * The parts of a meeting both people may see: agenda, actions, shared notes, tags. Private
 * notes and the mood check are the manager's own and are never written here. `level` is the
 * meeting heading's (1 in a meeting's own file, 3 inside a person's export); everything typed
 * is escaped, and the notes' own Markdown nests below the notes heading.
 */
export function sharedMarkdown(meeting: Meeting, level = 1): string {
  const agenda = meeting.items.filter((i) => i.kind === 'agenda');
  const actions = meeting.items.filter((i) => i.kind === 'action');
  const h1 = '#'.repeat(level);
  const h2 = '#'.repeat(level + 1);
  const lines = [`${h1} 1:1 with ${inline(meeting.personName)} — ${formatLongDate(meeting.date)}`, ''];
  if (meeting.tags.length) lines.push(`Topics: ${meeting.tags.map(inline).join(', ')}`, '');
  lines.push(
    `${h2} Agenda`,
    '',
    ...(agenda.length ? agenda.map((i) => itemLine(i, meeting)) : ['_Nothing on the agenda._']),
    '',
  );
  lines.push(
    `${h2} Action items`,
    '',
    ...(actions.length ? actions.map((i) => itemLine(i, meeting)) : ['_No action items._']),
    '',
  );
  lines.push(`${h2} Notes`, '', safeMarkdownBlock(meeting.sharedNotes, level + 1) || '_No shared notes._');
  return `${lines.join('\n')}\n`;
}

export function exportMeeting(meeting: Meeting): MeetingExport {
  return { fileBaseName: `1on1-${nameSlug(meeting.personName)}-${meeting.date}`, markdown: sharedMarkdown(meeting) };
}

/**
 * 1:1 data in a person's whole export (their own data, for the manager to keep or hand
 * over on request): everything, private notes included and labelled as such.
 */
export const oneOnOnesPersonData: PersonDataSection = {
  key: 'oneOnOnes',
  noun: { one: '1:1', detail: 'with the series, agenda items, actions and notes' },
  purgeDeleted: purgeDeletedText,
  count: (db, personId) =>
    stmt(db, 'SELECT count(*) FROM oo_meetings WHERE person_id = ?').pluck().get(personId) as number,
  collect: (db, personId) => ({
    series: q.findSeries(db, personId),
    recurring: listRecurring(db, personId),
    meetings: q.listMeetings(db, personId).map((m) => meetingView(db, m)),
  }),
  markdown: (db, personId) => {
    const meetings = q.listMeetings(db, personId).map((m) => meetingView(db, m));
    if (meetings.length === 0) return '';
    const parts = ['## 1:1s'];
    for (const m of meetings) {
      parts.push(sharedMarkdown(m, 3));
      parts.push(`Status: ${STATUS_WORDS[m.status]}${m.mood ? ` · mood ${m.mood}/5` : ''}`);
      const privateNotes = safeMarkdownBlock(m.privateNotes, 4);
      if (privateNotes) parts.push(`#### Private notes (manager only)\n\n${privateNotes}`);
    }
    return parts.join('\n\n');
  },
};

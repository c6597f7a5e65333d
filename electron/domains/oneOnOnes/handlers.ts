import { stmt } from './statements';
import { randomUUID } from 'node:crypto';
import type { HandlerContext, QueryContext } from '../../ipc/context';
import { conflict, DomainError, invalid, notFound } from '../../ipc/domainError';
import type { HandlerMap } from '../../ipc/handlers';
import { convertWallClock } from '#shared/oneOnOnes/zones';
import { exportMeeting } from './export';
import { historyPage } from './history';
import { findMeetingToEdit, saveNotes, type EditCheckColumns } from './notesSave';
import * as q from './queries';
import { listTemplates } from './recurringAndTemplates';
import { requirePerson } from '../people/requirePerson';
import { stamp } from '../clock';
import * as schedule from './schedule';
import { templateItemText } from '../questions/ask';
import { searchNotes } from './search';
import { nextMeeting, overview } from './overview';
import { meetingView, prepView } from './views';

type OneOnOnesChannel =
  | 'oneOnOnes.overview'
  | 'oneOnOnes.saveSeries'
  | 'oneOnOnes.prep'
  | 'oneOnOnes.history'
  | 'oneOnOnes.meeting'
  | 'oneOnOnes.nextMeeting'
  | 'oneOnOnes.saveNotes'
  | 'oneOnOnes.saveDetails'
  | 'oneOnOnes.hold'
  | 'oneOnOnes.skip'
  | 'oneOnOnes.move'
  | 'oneOnOnes.unlock'
  | 'oneOnOnes.addItem'
  | 'oneOnOnes.updateItem'
  | 'oneOnOnes.triage'
  | 'oneOnOnes.queue'
  | 'oneOnOnes.addRecurring'
  | 'oneOnOnes.removeRecurring'
  | 'oneOnOnes.templates'
  | 'oneOnOnes.saveTemplate'
  | 'oneOnOnes.applyTemplate'
  | 'oneOnOnes.search'
  | 'oneOnOnes.exportMeeting';

function requireMeeting(ctx: QueryContext, id: string): q.MeetingRow {
  const m = q.findMeeting(ctx.db, id);
  if (!m) throw notFound('1:1', 'meetingId');
  return m;
}

function requireScheduled(m: q.MeetingRow): void {
  if (m.status !== 'scheduled') throw conflict(`This meeting is already ${m.status}.`, 'meetingId');
}

/** A meeting may change unless a later one was held; after an explicit unlock, edits are stamped. */
function requireEditable(ctx: HandlerContext, m: EditCheckColumns): void {
  if (m.status === 'moved') throw conflict(`This meeting moved to ${m.moved_to}; edit it there.`, 'meetingId');
  if (q.isLocked(ctx.db, m)) {
    throw conflict('This meeting is read-only because a later one was held. Unlock it to edit.', 'meetingId');
  }
  if (m.unlocked_at)
    stmt(ctx.db, 'UPDATE oo_meetings SET edited_after_unlock_at = ? WHERE id = ?').run(stamp(ctx), m.id);
}

const view = (ctx: QueryContext, id: string) => meetingView(ctx.db, requireMeeting(ctx, id));

export const oneOnOnesHandlers: HandlerMap<OneOnOnesChannel> = {
  'oneOnOnes.overview': (ctx, { offset }) => overview(ctx.db, offset ?? 0),
  'oneOnOnes.saveSeries': (ctx, fields) => {
    requirePerson(ctx, fields.personId);
    q.upsertSeries(ctx.db, fields, stamp(ctx));
    const series = q.findSeries(ctx.db, fields.personId)!;
    schedule.reschedule(ctx.db, series, ctx.now());
    return series;
  },
  // prepView refuses an unknown person itself (its name lookup is the check).
  'oneOnOnes.prep': (ctx, { personId }) => prepView(ctx.db, personId, ctx.now()),
  'oneOnOnes.history': (ctx, { personId, cursor, limit }) => {
    requirePerson(ctx, personId);
    return historyPage(ctx.db, personId, cursor, limit);
  },
  'oneOnOnes.meeting': (ctx, { meetingId }) => view(ctx, meetingId),
  'oneOnOnes.nextMeeting': (ctx, { meetingId }) => nextMeeting(ctx.db, requireMeeting(ctx, meetingId)),
  'oneOnOnes.saveNotes': (ctx, { meetingId, sharedNotes, privateNotes }) => {
    const m = findMeetingToEdit(ctx.db, meetingId);
    if (!m) throw notFound('1:1', 'meetingId');
    requireEditable(ctx, m);
    const savedAt = stamp(ctx);
    saveNotes(ctx.db, m.seq, { sharedNotes, privateNotes }, savedAt);
    return { savedAt };
  },
  'oneOnOnes.saveDetails': (ctx, { meetingId, mood, tags }) => {
    const m = requireMeeting(ctx, meetingId);
    requireEditable(ctx, m);
    stmt(ctx.db, 'UPDATE oo_meetings SET mood = ?, updated_at = ? WHERE id = ?').run(mood, stamp(ctx), m.id);
    q.setTags(ctx.db, m.id, tags);
    return view(ctx, meetingId);
  },
  'oneOnOnes.hold': (ctx, { meetingId }) => {
    const m = requireMeeting(ctx, meetingId);
    requireScheduled(m);
    schedule.hold(ctx.db, m, ctx.now());
    return view(ctx, meetingId);
  },
  'oneOnOnes.skip': (ctx, { meetingId }) => {
    const m = requireMeeting(ctx, meetingId);
    requireScheduled(m);
    schedule.skip(ctx.db, m, ctx.now());
    return view(ctx, meetingId);
  },
  'oneOnOnes.move': (ctx, { meetingId, timeZone, ...typed }) => {
    const m = requireMeeting(ctx, meetingId);
    requireScheduled(m);
    // Typed on the manager's clock, kept on the meeting's own: its zone does not change.
    const { date, time } = convertWallClock(typed, timeZone ?? m.time_zone, m.time_zone);
    if (date === m.date && time === m.time)
      throw invalid('Pick a different day or time to move the meeting to.', 'date');
    return view(ctx, schedule.move(ctx.db, m, date, time, ctx.now()));
  },
  'oneOnOnes.unlock': (ctx, { meetingId }) => {
    const m = requireMeeting(ctx, meetingId);
    if (!m.unlocked_at) stmt(ctx.db, 'UPDATE oo_meetings SET unlocked_at = ? WHERE id = ?').run(stamp(ctx), m.id);
    return view(ctx, meetingId);
  },
  'oneOnOnes.addItem': (ctx, { meetingId, kind, side, text, dueDate }) => {
    const m = requireMeeting(ctx, meetingId);
    requireEditable(ctx, m);
    if (kind === 'agenda' && dueDate) throw invalid('Only action items have a due date.', 'dueDate');
    const id = q.insertItem(
      ctx.db,
      { personId: m.person_id, kind, side, text, dueDate, queued: false, recurringId: null, originMeetingId: m.id },
      stamp(ctx),
    );
    q.link(ctx.db, m.id, id);
    // An item added to an earlier meeting after the fact still reaches the next one.
    schedule.ensureUpcoming(ctx.db, m.person_id, ctx.now());
    return q.findItem(ctx.db, id)!;
  },
  'oneOnOnes.updateItem': (ctx, { meetingId, itemId, state, text, dueDate }) => {
    const m = requireMeeting(ctx, meetingId);
    const item = q.findItem(ctx.db, itemId);
    if (!item || !q.isLinked(ctx.db, m.id, itemId)) throw notFound('item on this 1:1', 'itemId');
    requireEditable(ctx, m);
    if (dueDate && item.kind === 'agenda') throw invalid('Only action items have a due date.', 'dueDate');
    const nextState = state ?? item.state;
    const closedAt = nextState === 'open' ? null : nextState === item.state ? item.closedAt : stamp(ctx);
    stmt(
      ctx.db,
      'UPDATE oo_items SET state = ?, text = ?, due_date = ?, closed_at = ?, updated_at = ? WHERE id = ?',
    ).run(nextState, text ?? item.text, dueDate === undefined ? item.dueDate : dueDate, closedAt, stamp(ctx), itemId);
    // Reopening an item on an old meeting puts it back on the next agenda.
    if (nextState === 'open') schedule.ensureUpcoming(ctx.db, m.person_id, ctx.now());
    return q.findItem(ctx.db, itemId)!;
  },
  'oneOnOnes.triage': (ctx, { personId, itemIds, state }) => {
    requirePerson(ctx, personId);
    // Checked all before any is written: one unknown or closed item refuses the whole batch.
    for (const [index, itemId] of itemIds.entries()) {
      const item = q.findItem(ctx.db, itemId);
      if (!item || item.personId !== personId)
        throw new DomainError(
          'not_found',
          `Item ${index + 1} of those chosen is not one of this person’s items (it may have been erased).`,
          'itemIds',
        );
      if (item.state !== 'open')
        throw conflict(`“${item.text}” is already ${item.state === 'done' ? 'done' : 'dropped'}.`, 'itemIds');
    }
    const close = stmt(ctx.db, 'UPDATE oo_items SET state = ?, closed_at = ?, updated_at = ? WHERE id = ?');
    for (const itemId of itemIds) close.run(state, stamp(ctx), stamp(ctx), itemId);
    return { changed: itemIds.length };
  },
  'oneOnOnes.queue': (ctx, { personId, text }) => {
    requirePerson(ctx, personId);
    const id = q.insertItem(
      ctx.db,
      {
        personId,
        kind: 'agenda',
        side: 'me',
        text,
        dueDate: null,
        queued: true,
        recurringId: null,
        originMeetingId: null,
      },
      stamp(ctx),
    );
    schedule.ensureUpcoming(ctx.db, personId, ctx.now());
    return q.findItem(ctx.db, id)!;
  },
  'oneOnOnes.addRecurring': (ctx, { personId, text }) => {
    requirePerson(ctx, personId);
    const id = randomUUID();
    stmt(ctx.db, 'INSERT INTO oo_recurring (id, person_id, text, created_at) VALUES (?, ?, ?, ?)').run(
      id,
      personId,
      text,
      stamp(ctx),
    );
    const upcoming = schedule.ensureUpcoming(ctx.db, personId, ctx.now());
    if (upcoming && !q.isLocked(ctx.db, upcoming)) {
      q.addMyAgendaItem(ctx.db, { id: upcoming.id, personId }, text, id, stamp(ctx));
    }
    return { id, text };
  },
  'oneOnOnes.removeRecurring': (ctx, { id }) => {
    const row = stmt(ctx.db, 'SELECT person_id FROM oo_recurring WHERE id = ?').get(id) as
      { person_id: string } | undefined;
    if (!row) throw notFound('recurring item');
    stmt(ctx.db, 'DELETE FROM oo_recurring WHERE id = ?').run(id);
    // Gone from the meeting still to come; kept on meetings already held.
    stmt(
      ctx.db,
      `DELETE FROM oo_items WHERE recurring_id = ? AND state = 'open' AND origin_meeting_id IN
         (SELECT id FROM oo_meetings WHERE status = 'scheduled')`,
    ).run(id);
    return { removed: true };
  },
  'oneOnOnes.templates': (ctx) => listTemplates(ctx.db),
  'oneOnOnes.saveTemplate': (ctx, { id, name, items }) => {
    const existing = stmt(ctx.db, 'SELECT 1 FROM oo_templates WHERE id = ?').get(id);
    if (existing) {
      stmt(ctx.db, 'UPDATE oo_templates SET name = ?, items = ?, updated_at = ? WHERE id = ?').run(
        name,
        JSON.stringify(items),
        stamp(ctx),
        id,
      );
    } else {
      stmt(ctx.db, 'INSERT INTO oo_templates (id, name, items, built_in, updated_at) VALUES (?, ?, ?, 0, ?)').run(
        id,
        name,
        JSON.stringify(items),
        stamp(ctx),
      );
    }
    return listTemplates(ctx.db).find((t) => t.id === id)!;
  },
  'oneOnOnes.applyTemplate': (ctx, { meetingId, templateId }) => {
    const m = requireMeeting(ctx, meetingId);
    requireEditable(ctx, m);
    const template = listTemplates(ctx.db).find((t) => t.id === templateId);
    if (!template) throw notFound('template', 'templateId');
    const onAgenda = new Set(q.itemsOfMeeting(ctx.db, m.id).map((i) => i.text.trim().toLowerCase()));
    for (const item of template.items) {
      // "Question from career" draws a question from the bank the person has not been asked.
      const text = templateItemText(ctx.db, m.person_id, m.id, item, stamp(ctx));
      if (text === null || onAgenda.has(text.trim().toLowerCase())) continue;
      q.addMyAgendaItem(ctx.db, { id: m.id, personId: m.person_id }, text, null, stamp(ctx));
    }
    // A template applied to an earlier meeting adds open items: they reach the next one too.
    schedule.ensureUpcoming(ctx.db, m.person_id, ctx.now());
    return view(ctx, meetingId);
  },
  'oneOnOnes.search': (ctx, query) => searchNotes(ctx.db, query),
  'oneOnOnes.exportMeeting': (ctx, { meetingId }) => exportMeeting(view(ctx, meetingId)),
};

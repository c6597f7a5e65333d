import {
  type CalendarProblem,
  type ImportSeriesInput,
  type ImportSeriesResult,
  type SeriesProposal,
} from '#shared/calendarFiles/model';
import { seriesFieldsSchema } from '#shared/oneOnOnes/model';
import { quoted } from '#shared/format';
import { emptyPersonFields } from '#shared/people/model';
import type { HandlerContext } from '../../ipc/context';
import { invalid } from '../../ipc/domainError';
import * as oq from '../oneOnOnes/queries';
import * as schedule from '../oneOnOnes/schedule';
import { insertPerson } from '../people/queries';
import { calendarSays } from './calendarSays';
import { findCandidates, type Candidate } from './candidates';
import { calendarOwner, matchPerson, otherAttendee } from './matchPeople';
import * as cq from './queries';
import { CalendarFileError, readCalendar } from './readCalendar';

const personKey = (p: SeriesProposal) =>
  'id' in p.person ? p.person.id : `new:${p.email ?? p.person.create.toLowerCase()}`;

function propose(ctx: HandlerContext, c: Candidate, owner: string | null): SeriesProposal | string {
  const other = otherAttendee(ctx.db, c.participants, owner);
  if ('problem' in other) return other.problem;
  const match = matchPerson(ctx.db, c.uid, other);
  if ('problem' in match) return match.problem;
  const existing = 'id' in match.person ? match.person : null;
  const linked = existing ? cq.uidForPerson(ctx.db, existing.id) : null;
  if (existing && !linked && cq.hasSeries(ctx.db, existing.id)) {
    return `${existing.name} already has a 1:1 series set up in Cairn; an import does not overwrite it. Change it on their 1:1 page instead.`;
  }
  return {
    uid: c.uid,
    line: c.line,
    summary: c.summary,
    attendee: other.name,
    email: other.email,
    person: match.person,
    cadence: c.cadence,
    everyDays: c.everyDays,
    monthlyBy: c.monthlyBy,
    firstDate: c.firstDate,
    time: c.time,
    timeZone: c.timeZone,
    zoneFrom: c.zoneFrom,
    endsOn: c.endsOn,
    exceptions: c.exceptions,
    action: linked || cq.personForUid(ctx.db, c.uid) ? 'update' : 'new',
  };
}

/** One series per person: where a calendar split a series (Google's "this and following"), the latest part wins. */
function onePerPerson(proposals: SeriesProposal[], problems: CalendarProblem[]): SeriesProposal[] {
  const kept = new Map<string, SeriesProposal>();
  for (const p of [...proposals].sort((a, b) => b.firstDate.localeCompare(a.firstDate) || a.line - b.line)) {
    const key = personKey(p);
    const later = kept.get(key);
    if (!later) kept.set(key, p);
    else
      problems.push({
        line: p.line,
        summary: p.summary,
        message: `a later 1:1 series with ${p.attendee} in this file (${quoted(later.summary)}, on line ${later.line}) takes its place.`,
      });
  }
  return proposals.filter((p) => kept.get(personKey(p)) === p);
}

/** Saves one proposal: the person (if new), the series, its calendar link, and the upcoming meeting placed as the calendar says. */
function save(ctx: HandlerContext, p: SeriesProposal): void {
  const now = ctx.now();
  const stamp = now.toISOString();
  const personId =
    'id' in p.person ? p.person.id : insertPerson(ctx.db, { ...emptyPersonFields, name: p.person.create }, stamp);
  const fields = seriesFieldsSchema.parse({
    personId,
    cadence: p.cadence,
    everyDays: p.everyDays,
    monthlyBy: p.monthlyBy,
    firstDate: p.firstDate,
    time: p.time,
    timeZone: p.timeZone,
  });
  oq.upsertSeries(ctx.db, fields, stamp);
  cq.saveLink(ctx.db, p.uid, personId, p.endsOn, stamp);
  cq.replaceExceptions(ctx.db, personId, p.exceptions);
  if (p.email) cq.saveAddress(ctx.db, p.email, personId);
  schedule.reschedule(ctx.db, oq.findSeries(ctx.db, personId)!, now);
  // An upcoming meeting that already existed follows the calendar too (a new one was placed by it).
  const upcoming = oq.findUpcoming(ctx.db, personId);
  if (!upcoming || upcoming.date !== upcoming.slot_date) return;
  const word = calendarSays(ctx.db, personId, upcoming.slot_date);
  // A series the calendar now ends before this meeting: it will not happen. Skipped, not
  // deleted, so anything already typed into it stays; no meeting follows it.
  if (word?.kind === 'skipped' || word?.kind === 'ended') schedule.skip(ctx.db, upcoming, now);
  else if (word?.kind === 'moved') schedule.move(ctx.db, upcoming, word.toDate, word.toTime, now);
}

/**
 * Preview or import of the 1:1 series in a calendar file. The file is read whole first; a
 * file Cairn cannot read is refused with what and where. The import runs in the request's
 * transaction, so it is all or nothing.
 */
export function importSeries(ctx: HandlerContext, input: ImportSeriesInput): ImportSeriesResult {
  let file;
  try {
    file = readCalendar(input.ics);
  } catch (e) {
    if (e instanceof CalendarFileError) throw invalid(e.message, 'ics');
    throw e;
  }
  const found = findCandidates(file, ctx.now());
  if (found.recurring === 0) {
    throw invalid(
      'This calendar has no repeating events, so there is no 1:1 series in it. Export the calendar that holds your recurring 1:1s.',
      'ics',
    );
  }
  const owner = calendarOwner(file.calendars, found.addressCounts);
  const problems = [...found.problems];
  const proposed: SeriesProposal[] = [];
  for (const c of found.candidates) {
    const p = propose(ctx, c, owner);
    if (typeof p === 'string') problems.push({ line: c.line, summary: c.summary, message: p });
    else proposed.push(p);
  }
  const proposals = onePerPerson(proposed, problems).sort((a, b) => a.line - b.line);
  problems.sort((a, b) => a.line - b.line);
  const result: ImportSeriesResult = { proposals, problems, otherRecurring: found.otherRecurring, imported: 0 };
  if (!input.commit) return result;

  const include = new Set(input.include ?? proposals.map((p) => p.uid));
  const unknown = [...include].filter((uid) => !proposals.some((p) => p.uid === uid));
  if (unknown.length) throw invalid('The file changed since the preview: choose it again.', 'include');
  const chosen = proposals.filter((p) => include.has(p.uid));
  for (const p of chosen) save(ctx, p);
  return { ...result, imported: chosen.length };
}

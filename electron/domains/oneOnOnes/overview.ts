import { OVERVIEW_PAGE, type OverviewPage } from '#shared/oneOnOnes/model';
import { nextMeetingAfter, type NextMeeting } from '#shared/oneOnOnes/nextMeeting';
import type { ReadableDB } from '../../db/access';
import { counterpart } from './counterpart';
import * as q from './queries';
import { stmt } from './statements';

interface ActivePerson {
  id: string;
  name: string;
}

function activePeople(db: ReadableDB): ActivePerson[] {
  return stmt(
    db,
    "SELECT id, name FROM people WHERE status = 'active' ORDER BY name COLLATE NOCASE, id",
  ).all() as ActivePerson[];
}

/**
 * The 1:1s screen, a page at a time: every active person by name with their cadence, next
 * meeting, last held date and open items. Only the page's people are read (issue 18: a
 * director's 243 rows were 150 KiB and each row five lookups).
 */
export function overview(db: ReadableDB, offset: number): OverviewPage {
  const people = activePeople(db);
  const rows = people.slice(offset, offset + OVERVIEW_PAGE).map((p) => {
    const upcoming = q.findUpcoming(db, p.id);
    const series = q.findSeries(db, p.id);
    const openItems = stmt(
      db,
      "SELECT count(*) FROM oo_items WHERE person_id = ? AND state = 'open' AND recurring_id IS NULL",
    )
      .pluck()
      .get(p.id) as number;
    return {
      personId: p.id,
      personName: p.name,
      person: counterpart(db, p.id),
      series: series && {
        cadence: series.cadence,
        everyDays: series.everyDays,
        firstDate: series.firstDate,
        monthlyBy: series.monthlyBy,
      },
      upcoming: upcoming ? { id: upcoming.id, startsAt: upcoming.starts_at } : null,
      lastHeld: q.lastHeld(db, p.id)?.date ?? null,
      openItems,
    };
  });
  return { rows, total: people.length };
}

/** The meeting screen's "Next 1:1": among every active person's upcoming 1:1 (shared/oneOnOnes/nextMeeting.ts). */
export function nextMeeting(db: ReadableDB, current: q.MeetingRow): NextMeeting | null {
  const upcoming = activePeople(db).flatMap((p) => {
    const m = q.findUpcoming(db, p.id);
    return m ? [{ meetingId: m.id, personName: p.name, startsAt: m.starts_at }] : [];
  });
  return nextMeetingAfter(upcoming, { id: current.id, startsAt: current.starts_at });
}

import type { Reminder } from '#shared/reminders/model';
import { pluralWord } from '#shared/format';
import type { Settings } from '#shared/settings/model';
import type { ReadableDB } from '../db/access';
import { ownDraftScorecards } from '../domains/interviews/ownDrafts';
import { pairSummaries } from '../domains/mentoring/pairs';
import { calendarSays } from '../domains/calendarFiles/calendarSays';
import { localDate } from '#shared/calendar';
import { myTimeZone } from '#shared/settings/model';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Mentoring flags worth interrupting the manager for; "ending soon" can wait for Home. */
const PAIR_FLAGS = new Set(['overdue', 'never_met', 'quiet']);

/** Instants as the store writes them (no milliseconds), so they compare as strings. */
const instant = (at: Date) => `${at.toISOString().slice(0, 19)}Z`;

/** How a notification names someone on the team: the name they go by, first name only. */
const firstName = (name: string, preferred: string) => (preferred.trim() || name).trim().split(/\s+/)[0] ?? name;

/**
 * Only a 1:1 that will take place: the person's upcoming meeting (their earliest scheduled
 * one, as the prep view shows it) of a series that still runs, on a date its calendar (if it
 * came from one) has not cancelled or put past the series' end.
 */
function prepReminders(db: ReadableDB, now: Date, minutes: number): Reminder[] {
  const rows = db
    .prepare(
      `SELECT m.id, m.person_id, m.slot_date, m.starts_at, p.name, p.preferred_name
         FROM oo_meetings m JOIN people p ON p.id = m.person_id
        WHERE m.status = 'scheduled' AND p.status = 'active' AND m.starts_at > ? AND m.starts_at <= ?
          AND EXISTS (SELECT 1 FROM oo_series s WHERE s.person_id = m.person_id)
          AND m.seq = (SELECT u.seq FROM oo_meetings u WHERE u.person_id = m.person_id AND u.status = 'scheduled'
                        ORDER BY u.date, u.seq LIMIT 1)
        ORDER BY m.starts_at`,
    )
    .all(instant(now), instant(new Date(now.getTime() + minutes * MINUTE))) as {
    id: string;
    person_id: string;
    slot_date: string;
    starts_at: string;
    name: string;
    preferred_name: string;
  }[];
  const willHappen = (r: { person_id: string; slot_date: string }) => {
    const word = calendarSays(db, r.person_id, r.slot_date);
    return word?.kind !== 'ended' && word?.kind !== 'skipped';
  };
  return rows.filter(willHappen).map((r) => {
    const left = Math.max(1, Math.round((Date.parse(r.starts_at) - now.getTime()) / MINUTE));
    return {
      key: `prep:${r.id}:${r.starts_at}`,
      title: 'Time to prepare',
      body: `1:1 with ${firstName(r.name, r.preferred_name)} in ${left} ${pluralWord(left, 'minute')}`,
      route: `/one-on-ones/person/${r.person_id}`,
    };
  });
}

function actionsDueToday(db: ReadableDB, today: string): Reminder[] {
  const count = db
    .prepare(
      `SELECT count(*) FROM oo_items i JOIN people p ON p.id = i.person_id
        WHERE i.kind = 'action' AND i.state = 'open' AND i.due_date = ? AND p.status = 'active'`,
    )
    .pluck()
    .get(today) as number;
  if (!count) return [];
  return [
    {
      key: `actions:${today}`,
      title: 'Actions due today',
      body: `${count} ${pluralWord(count, 'action')} from your 1:1s ${count === 1 ? 'is' : 'are'} due today`,
      route: '/',
    },
  ];
}

function goalsDueToday(db: ReadableDB, today: string): Reminder[] {
  const rows = db
    .prepare(
      `SELECT g.id, g.person_id, p.name, p.preferred_name FROM goals g JOIN people p ON p.id = g.person_id
        WHERE g.status IN ('proposed', 'active') AND g.due_date = ? AND p.status = 'active' ORDER BY p.name, g.id`,
    )
    .all(today) as { id: string; person_id: string; name: string; preferred_name: string }[];
  return rows.map((r) => ({
    key: `goal:${r.id}:${today}`,
    title: 'Goal due today',
    body: `A stretch goal of ${firstName(r.name, r.preferred_name)}'s is due today`,
    route: `/people/${r.person_id}`,
  }));
}

/** The manager's own draft scorecards a day after they were started: never the candidate, the role or a rating. */
function scorecardsNotSubmitted(db: ReadableDB, now: Date): Reminder[] {
  const cutoff = now.getTime() - DAY;
  return ownDraftScorecards(db)
    .drafts.filter((d) => Date.parse(d.createdAt) <= cutoff)
    .map((d) => ({
      key: `scorecard:${d.scorecardId}`,
      title: 'Scorecard not submitted',
      body: 'An interview scorecard of yours is still a draft a day after the interview',
      route: `/interviews/scorecards/${d.scorecardId}`,
    }));
}

function pairsOverdue(db: ReadableDB, today: string): Reminder[] {
  return pairSummaries(db, today).flatMap((p) => {
    const flag = p.health.flags.find((f) => PAIR_FLAGS.has(f.kind));
    if (!flag) return [];
    return [
      {
        // Once per due date: a pair that meets and falls behind again is reminded again.
        key: `pair:${p.id}:${p.health.nextDue ?? today}`,
        title: 'Mentoring pair overdue',
        body: `${p.mentor.name.split(/\s+/)[0]} and ${p.mentee.name.split(/\s+/)[0]}: ${flag.message}`,
        route: `/mentoring/pairs/${p.id}`,
      },
    ];
  });
}

/**
 * Everything worth a notification at `now`, as the settings ask: the 1:1s starting within
 * the preparation window, and (if on) today's actions and goals, scorecards left as drafts
 * for a day, mentoring pairs behind. Which of these already fired is the runner's business.
 */
export function dueReminders(db: ReadableDB, settings: Settings, now: Date): Reminder[] {
  // The manager's today, not UTC's: at 00:30 in Auckland, today's actions are today's there.
  const today = localDate(now, myTimeZone(settings));
  const out: Reminder[] = [];
  if (settings.prepReminderMinutes > 0) out.push(...prepReminders(db, now, settings.prepReminderMinutes));
  if (settings.dueReminders) {
    out.push(
      ...actionsDueToday(db, today),
      ...goalsDueToday(db, today),
      ...scorecardsNotSubmitted(db, now),
      ...pairsOverdue(db, today),
    );
  }
  return out;
}

import { weekOf } from '#shared/calendar';
import { myTimeZone } from '#shared/settings/model';
import { HOME_WEEK_PAGE, type HomeMeeting, type HomeOverview } from '#shared/home/model';
import type { QueryContext } from '../../ipc/context';
import { today as todayOf } from '../clock';
import { goalsNeedingAttention } from '../goals/attention';
import { ownDraftScorecards } from '../interviews/ownDrafts';
import { pairSummaries } from '../mentoring/pairs';
import { activePeopleWithZones, meetingsThisWeek, overdueActions, type PersonZone } from '../oneOnOnes/week';

/** Home shows the first this many of each list; the totals say how many there are. */
export const HOME_LIST_LIMIT = 50;

/** Today and its week on the manager's own clock, by their week-start setting. */
function managersWeek(ctx: QueryContext) {
  const settings = ctx.settings.get();
  const myZone = myTimeZone(settings);
  const today = todayOf(ctx);
  const startsOn = settings.weekStart;
  return { myZone, today, startsOn, week: weekOf(today, startsOn) };
}

function weekMeetings(ctx: QueryContext, people: PersonZone[]): HomeMeeting[] {
  const { week, myZone } = managersWeek(ctx);
  return meetingsThisWeek(ctx.db, people, ctx.now(), week, myZone);
}

/** The week's 1:1s after the first `offset`, one page: what Home's "Show more" adds. */
export function homeWeekMeetings(ctx: QueryContext, offset: number): HomeMeeting[] {
  return weekMeetings(ctx, activePeopleWithZones(ctx.db)).slice(offset, offset + HOME_WEEK_PAGE);
}

/**
 * Home: one read across the domains, each list built by its own domain's query and rules
 * (1:1 weeks and overdue actions, goal flags, pair health, own draft scorecards). Nothing
 * is written, not even the upcoming meeting a series would create on the prep view.
 */
export function homeOverview(ctx: QueryContext): HomeOverview {
  const { db } = ctx;
  const now = ctx.now();
  // Home is the manager's week: today and its week on their own clock.
  const { myZone, today, startsOn, week } = managersWeek(ctx);
  const firstRun = db.prepare('SELECT NOT EXISTS (SELECT 1 FROM people)').pluck().get() === 1;
  const people = activePeopleWithZones(db);
  const meetings = weekMeetings(ctx, people);
  const actions = overdueActions(db, people, now);
  const goals = goalsNeedingAttention(db, today);
  const { selfSet, drafts } = ownDraftScorecards(db);
  // Only an active pair can be flagged: ten years of ended pairs are not read.
  const pairs = pairSummaries(db, today, undefined, { activeOnly: true })
    .filter((p) => p.health.flags.length > 0)
    .map((p) => ({ pairId: p.id, mentor: p.mentor, mentee: p.mentee, health: p.health }));
  return {
    today,
    myZone,
    week: { ...week, startsOn },
    firstRun,
    // A director's week is hundreds of 1:1s: the first page now, the rest when asked for.
    meetings: meetings.slice(0, HOME_WEEK_PAGE),
    meetingsTotal: meetings.length,
    overdueActions: actions.slice(0, HOME_LIST_LIMIT),
    overdueActionsTotal: actions.length,
    goals: goals.slice(0, HOME_LIST_LIMIT),
    goalsTotal: goals.length,
    pairs,
    scorecards: drafts,
    selfInterviewerSet: selfSet,
  };
}

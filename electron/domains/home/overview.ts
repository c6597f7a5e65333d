import { localDate, weekOf } from '#shared/calendar';
import { myTimeZone } from '#shared/settings/model';
import type { HomeOverview } from '#shared/home/model';
import type { QueryContext } from '../../ipc/context';
import { goalsNeedingAttention } from '../goals/attention';
import { ownDraftScorecards } from '../interviews/ownDrafts';
import { pairSummaries } from '../mentoring/pairs';
import { activePeopleWithZones, meetingsThisWeek, overdueActions } from '../oneOnOnes/week';

/** Home shows the first this many of each list; the totals say how many there are. */
export const HOME_LIST_LIMIT = 50;

/**
 * Home: one read across the domains, each list built by its own domain's query and rules
 * (1:1 weeks and overdue actions, goal flags, pair health, own draft scorecards). Nothing
 * is written, not even the upcoming meeting a series would create on the prep view.
 */
export function homeOverview(ctx: QueryContext): HomeOverview {
  const { db } = ctx;
  const now = ctx.now();
  const settings = ctx.settings.get();
  const myZone = myTimeZone(settings);
  // Home is the manager's week: today and its week on their own clock.
  const today = localDate(now, myZone);
  const startsOn = settings.weekStart;
  const week = weekOf(today, startsOn);
  const firstRun = db.prepare('SELECT NOT EXISTS (SELECT 1 FROM people)').pluck().get() === 1;
  const people = activePeopleWithZones(db);
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
    meetings: meetingsThisWeek(db, people, now, week, myZone),
    overdueActions: actions.slice(0, HOME_LIST_LIMIT),
    overdueActionsTotal: actions.length,
    goals: goals.slice(0, HOME_LIST_LIMIT),
    goalsTotal: goals.length,
    pairs,
    scorecards: drafts,
    selfInterviewerSet: selfSet,
  };
}

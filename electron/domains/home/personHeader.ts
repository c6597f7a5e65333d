import { localDate } from '#shared/calendar';
import type { PersonHeader } from '#shared/home/personHeader';
import { findLevel } from '#shared/ladders/doc';
import { careerConversationDue } from '#shared/oneOnOnes/career';
import { myTimeZone } from '#shared/settings/model';
import type { QueryContext } from '../../ipc/context';
import { goalsNeedingAttention } from '../goals/attention';
import { findLadder } from '../ladders/queries';
import { pairSummaries } from '../mentoring/pairs';
import { prepView } from '../oneOnOnes/views';
import { activePeopleWithZones, overdueActions } from '../oneOnOnes/week';

/**
 * The person page's header, read across domains with each domain's own rules (the same ones
 * Home uses for everyone): the 1:1 facts from the prep view, overdue actions, goal flags, and
 * the health of their mentoring pairs. Reads only.
 */
export function personHeader(ctx: QueryContext, personId: string): PersonHeader {
  const { db } = ctx;
  const now = ctx.now();
  // prepView refuses an unknown person (its name lookup is the check).
  const prep = prepView(db, personId, now);
  const today = localDate(now, myTimeZone(ctx.settings.get()));
  const row = db.prepare('SELECT ladder_id, track, level FROM people WHERE id = ?').get(personId) as {
    ladder_id: string | null;
    track: string;
    level: string;
  };
  const ladder = row.ladder_id ? findLadder(db, row.ladder_id) : undefined;
  const goals = goalsNeedingAttention(db, today).filter((g) => g.personId === personId);
  const self = activePeopleWithZones(db).filter((p) => p.id === personId);
  const pairs = pairSummaries(db, today, personId, { activeOnly: true }).filter((p) => p.health.flags.length > 0);
  const last = prep.lastMeeting;
  return {
    personId,
    person: prep.person,
    ladder: ladder
      ? {
          name: ladder.name,
          trackName: ladder.doc.tracks.find((t) => t.id === row.track)?.name ?? null,
          levelName: findLevel(ladder.doc, row.level)?.name ?? null,
        }
      : null,
    upcoming: prep.upcoming,
    lastHeld:
      last && prep.daysSinceLast !== null ? { meetingId: last.id, date: last.date, daysAgo: prep.daysSinceLast } : null,
    latestMood: prep.moodTrend.at(-1) ?? null,
    daysSinceCareer: prep.daysSinceCareer,
    careerDue: careerConversationDue(prep.daysSinceCareer, prep.daysSinceLast),
    overdueActions: overdueActions(db, self, now).length,
    overdueGoals: goals.filter((g) => g.overdue).length,
    staleGoals: goals.filter((g) => g.stale).length,
    pairs: pairs.map((p) => {
      const role = p.mentor.id === personId ? 'mentor' : 'mentee';
      return {
        pairId: p.id,
        otherName: role === 'mentor' ? p.mentee.name : p.mentor.name,
        role,
        messages: p.health.flags.map((f) => f.message),
      };
    }),
  };
}

import { formatDate, formatDayOffset, plural } from '#shared/format';
import type { PersonHeader } from '#shared/home/personHeader';
import { meetingWhen } from '../oneOnOnes/time/meetingTimes';
import { useMyZone } from '../oneOnOnes/time/useMyZone';

/** The flags that need the manager, in words (never colour alone), most pressing first. */
function flagsOf(h: PersonHeader): { key: string; text: string; tone: 'alert' | 'warn' }[] {
  const name = h.person.callName;
  const flags: { key: string; text: string; tone: 'alert' | 'warn' }[] = [];
  if (h.overdueActions)
    flags.push({ key: 'actions', text: `${plural(h.overdueActions, 'overdue action')}`, tone: 'alert' });
  if (h.overdueGoals)
    flags.push({ key: 'goals-overdue', text: `${plural(h.overdueGoals, 'overdue goal')}`, tone: 'alert' });
  if (h.staleGoals)
    flags.push({
      key: 'goals-stale',
      text: `${plural(h.staleGoals, 'goal')} without a check-in for 30 days`,
      tone: 'warn',
    });
  for (const p of h.pairs)
    flags.push({
      key: `pair-${p.pairId}`,
      text: `${p.role === 'mentor' ? `Mentoring ${p.otherName}` : `Mentored by ${p.otherName}`}: ${p.messages[0]}`,
      tone: 'warn',
    });
  if (h.careerDue)
    flags.push({
      key: 'career',
      text:
        h.daysSinceCareer === null
          ? `No career conversation with ${name} yet`
          : `Last career conversation ${formatDayOffset(-h.daysSinceCareer)}`,
      tone: 'warn',
    });
  return flags;
}

/** Next and last 1:1, mood, and what needs attention: the person page's first lines. */
export function PersonGlance({ header: h }: { header: PersonHeader }) {
  const myZone = useMyZone();
  const flags = flagsOf(h);
  return (
    <section className="person-glance" aria-label={`${h.person.callName} at a glance`}>
      <dl className="person-glance__facts">
        <div>
          <dt>Next 1:1</dt>
          <dd>{h.upcoming ? meetingWhen(h.upcoming.startsAt, myZone, h.person) : 'No series yet'}</dd>
        </div>
        <div>
          <dt>Last 1:1</dt>
          <dd>
            {h.lastHeld ? (
              <>
                {formatDayOffset(-h.lastHeld.daysAgo)} <span className="muted">· {formatDate(h.lastHeld.date)}</span>
              </>
            ) : (
              'Not met yet'
            )}
          </dd>
        </div>
        <div>
          <dt>{h.person.callName}’s mood</dt>
          <dd>
            {h.latestMood ? (
              <>
                {h.latestMood.mood}/5 <span className="muted">· {formatDate(h.latestMood.date)}</span>
              </>
            ) : (
              'Not recorded yet'
            )}
          </dd>
        </div>
      </dl>
      {flags.length ? (
        <ul className="person-glance__flags" aria-label="Needs attention">
          {flags.map((f) => (
            <li key={f.key} className={`badge badge--${f.tone}`}>
              {f.text}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted person-glance__calm">Nothing overdue or stale.</p>
      )}
    </section>
  );
}

import { Link } from 'wouter';
import type { HomeAction, HomeGoal } from '#shared/home/model';
import { formatDate, formatNumber, plural } from '#shared/format';
import { HomePanel } from './HomePanel';

function More({ shown, total, what }: { shown: number; total: number; what: string }) {
  if (total <= shown) return null;
  return <p className="muted">{`Showing the first ${formatNumber(shown)} of ${formatNumber(total)} ${what}.`}</p>;
}

export function OverdueActions({ actions, total }: { actions: HomeAction[]; total: number }) {
  return (
    <HomePanel
      id="home-actions"
      title="Overdue actions"
      rows={actions}
      rowKey={(a) => a.itemId}
      empty="No action is past its due date."
      after={<More shown={actions.length} total={total} what="overdue actions" />}
    >
      {(a) => (
        <>
          <div>
            <span className="home-row__title">{a.text}</span>
            <span className="home-row__meta">
              <span className="badge badge--first">{a.side === 'me' ? 'Mine' : 'Theirs'}</span>{' '}
              <Link href={`/people/${a.personId}`}>{a.personName}</Link>
              {' · '}due {formatDate(a.dueDate)}, {plural(a.daysOverdue, 'day')} overdue
            </span>
          </div>
          {a.meetingId ? (
            <Link href={`/one-on-ones/meeting/${a.meetingId}`} className="home-row__go">
              Meeting
              <span className="visually-hidden">
                {' '}
                with {a.personName} for “{a.text}”
              </span>
            </Link>
          ) : null}
        </>
      )}
    </HomePanel>
  );
}

function GoalFlags({ g, today }: { g: HomeGoal; today: string }) {
  return (
    <>
      {g.overdue ? <span className="badge badge--alert badge--first">Overdue</span> : null}
      {!g.overdue && g.dueSoon ? (
        <span className="badge badge--warn badge--first">{g.dueDate === today ? 'Due today' : 'Due soon'}</span>
      ) : null}
      {g.stale ? (
        <span className={`badge badge--warn${g.overdue || g.dueSoon ? '' : ' badge--first'}`}>
          No check-in for 30+ days
        </span>
      ) : null}
    </>
  );
}

export function GoalsDue({ goals, total, today }: { goals: HomeGoal[]; total: number; today: string }) {
  return (
    <HomePanel
      id="home-goals"
      title="Goals due or gone quiet"
      rows={goals}
      rowKey={(g) => g.goalId}
      empty="No open goal is due in the next two weeks, overdue or stale."
      after={<More shown={goals.length} total={total} what="goals" />}
    >
      {(g) => (
        <>
          <div>
            <Link href={`/people/${g.personId}`} className="home-row__title">
              {g.title}
              <span className="visually-hidden"> ({g.personName})</span>
            </Link>
            <span className="home-row__meta">
              <GoalFlags g={g} today={today} /> {g.personName}
              {g.dueDate ? ` · due ${formatDate(g.dueDate)}` : ''}
            </span>
          </div>
        </>
      )}
    </HomePanel>
  );
}

import { formatDate, formatRelativeDate, plural } from '#shared/format';
import { useEffect, useRef, useState } from 'react';
import type { Goal } from '#shared/goals/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { CheckInForm } from './CheckInForm';

function GoalRow({ goal, onAchieved }: { goal: Goal; onAchieved: (message: string, error?: boolean) => void }) {
  const [checking, setChecking] = useState(false);
  const checkInButton = useRef<HTMLButtonElement>(null);
  // When the check-in form closes, focus goes back to the button that opened it (once it is back).
  const returnFocus = useRef(false);
  useEffect(() => {
    if (!returnFocus.current || checking) return;
    returnFocus.current = false;
    checkInButton.current?.focus();
  }, [checking]);
  const markAchieved = () =>
    call('goals.setStatus', { id: goal.id, status: 'achieved' }).then(
      () => onAchieved(`“${goal.title}” marked achieved.`),
      (e: Error) => onAchieved(e.message, true),
    );
  const last = goal.checkIns[0];
  return (
    <li className={`goal-due${goal.overdue ? ' goal-due--overdue' : ''}`}>
      <div className="goal-due__what">
        <strong>{goal.title}</strong>
        <span className="goal-due__meta">
          {goal.dueDate ? `Due ${formatDate(goal.dueDate)} (${formatRelativeDate(goal.dueDate)})` : 'No due date'}
          {goal.overdue ? <span className="badge badge--alert">Overdue</span> : null}
          {goal.stale ? <span className="badge badge--warn">No check-in for 30+ days</span> : null}
        </span>
        {last ? (
          <span className="goal-due__meta">
            Last check-in {formatDate(last.checkedOn)}: {last.note}
          </span>
        ) : null}
      </div>
      {checking ? (
        <CheckInForm
          goal={goal}
          onDone={() => {
            returnFocus.current = true;
            setChecking(false);
          }}
        />
      ) : (
        <div className="goal-due__actions">
          <button
            ref={checkInButton}
            type="button"
            className="button"
            aria-label={`Check in on ${goal.title}`}
            onClick={() => setChecking(true)}
          >
            Check in
          </button>
          <button
            type="button"
            className="button"
            aria-label={`Mark achieved: ${goal.title}`}
            onClick={() => void markAchieved()}
          >
            Mark achieved
          </button>
        </div>
      )}
    </li>
  );
}

/**
 * Open stretch goals for the prep brief, overdue and stale first, each with "Check in" and
 * "Mark achieved" right there (no trip through the goal form).
 */
export function GoalsDueBrief({ personId }: { personId: string }) {
  const prep = useRequest(() => call('goals.forPrep', { personId }), personId);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const data = prep.data;
  // With none open the sentence below says so: "0 open goals" beside it would say it twice.
  const summary = data?.open.length
    ? [
        plural(data.open.length, 'open goal'),
        data.overdue ? `${data.overdue} overdue` : null,
        data.dueSoon ? `${data.dueSoon} due within two weeks` : null,
        data.stale ? `${data.stale} without a check-in for 30 days` : null,
      ]
        .filter(Boolean)
        .join(' · ')
    : '';
  return (
    <section className="panel prep-brief__panel" aria-labelledby="goals-brief-heading">
      <div className="prep-brief__heading">
        <h2 id="goals-brief-heading" ref={heading} tabIndex={-1}>
          Stretch goals
        </h2>
        <span className="muted">{summary}</span>
      </div>
      {data && data.open.length === 0 ? (
        <p className="muted">No open goals. A 1:1 is a good moment to set one.</p>
      ) : null}
      {data?.open.length ? (
        <ul className="goal-due-list">
          {data.open.map((g) => (
            <GoalRow
              key={g.id}
              goal={g}
              onAchieved={(text, error) => {
                setStatus({ text, error });
                if (!error) requestAnimationFrame(() => heading.current?.focus());
              }}
            />
          ))}
        </ul>
      ) : null}
      <p className={status?.error ? 'field__error' : 'muted triage-status'} role="status">
        {status?.text}
      </p>
    </section>
  );
}

import { formatDate } from '#shared/format';
import { useState } from 'react';
import { GOAL_STATUS_LABELS, type Goal } from '#shared/goals/model';
import { CheckInForm } from './CheckInForm';
import { LogEvidenceButton } from '../evidence/LogEvidenceButton';

/** One goal: what it is, whether it needs attention, its check-ins, and a quick check-in form. */
export function GoalCard({ goal, onEdit, compact }: { goal: Goal; onEdit?: () => void; compact?: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <article
      className={`goal${goal.overdue ? ' goal--overdue' : ''}${goal.stale ? ' goal--stale' : ''}`}
      aria-label={goal.title}
    >
      <header className="goal__header">
        <h3 className="goal__title">{goal.title}</h3>
        <span className="badge">{GOAL_STATUS_LABELS[goal.status]}</span>
        {goal.overdue ? <span className="badge badge--alert">Overdue</span> : null}
        {goal.stale ? <span className="badge badge--warn">No check-in for 30+ days</span> : null}
      </header>
      <p className="muted goal__meta">
        {goal.dueDate ? `Due ${formatDate(goal.dueDate)}` : 'No due date'}
        {goal.targetLevelName ? ` · towards ${goal.targetLevelName}` : ''}
        {goal.competencyNames.length ? ` · ${goal.competencyNames.join(', ')}` : ''}
      </p>
      {!compact && goal.why ? <p>{goal.why}</p> : null}
      {goal.successCriteria ? (
        <p>
          <strong>Success:</strong> {goal.successCriteria}
        </p>
      ) : null}
      {goal.checkIns.length ? (
        <ol className="goal__checkins" aria-label={`Check-ins on ${goal.title}`}>
          {(compact ? goal.checkIns.slice(0, 1) : goal.checkIns).map((c) => (
            <li key={c.id}>
              <span className="muted">{formatDate(c.checkedOn)}</span> {c.note}{' '}
              <LogEvidenceButton
                request={{
                  personId: goal.personId,
                  source: { kind: 'goal_checkin', id: c.id },
                  sourceLabel: `Check-in of ${formatDate(c.checkedOn)} on ${goal.title}`,
                  text: c.note,
                  seenOn: c.checkedOn,
                }}
              />
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">No check-ins yet.</p>
      )}
      {open ? (
        <CheckInForm goal={goal} onDone={() => setOpen(false)} />
      ) : (
        <div className="goal__actions">
          <button
            type="button"
            className="button"
            onClick={() => setOpen(true)}
            aria-label={`Check in on ${goal.title}`}
          >
            Check in
          </button>
          {onEdit ? (
            <button type="button" className="button button--quiet" onClick={onEdit} aria-label={`Edit ${goal.title}`}>
              Edit
            </button>
          ) : null}
        </div>
      )}
    </article>
  );
}

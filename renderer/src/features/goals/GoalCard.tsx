import { formatDate } from '#shared/format';
import { useId, useState, type FormEvent } from 'react';
import { checkInFieldsSchema, GOAL_STATUS_LABELS, type Goal } from '#shared/goals/model';
import { call } from '#renderer/api/client';
import { LogEvidenceButton } from '../evidence/LogEvidenceButton';
import { errorText } from '#renderer/api/serverErrors';
import { DatePicker } from '#renderer/components/pickers/DatePicker';

/** One goal: what it is, whether it needs attention, its check-ins, and a quick check-in form. */
export function GoalCard({ goal, onEdit, compact }: { goal: Goal; onEdit?: () => void; compact?: boolean }) {
  const noteId = useId();
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const checkIn = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const parsed = checkInFieldsSchema.safeParse({ checkedOn: data.get('checkedOn') || null, note: data.get('note') });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Check the note and date.');
    try {
      await call('goals.checkIn', { goalId: goal.id, fields: parsed.data });
      setError(null);
      setOpen(false);
    } catch (err) {
      setError(errorText(err));
    }
  };
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
        <form
          className="goal__checkin-form"
          onSubmit={(e) => void checkIn(e)}
          noValidate
          aria-label={`Check in on ${goal.title}`}
        >
          <div className="field">
            <label htmlFor={noteId}>Progress note</label>
            <textarea
              id={noteId}
              name="note"
              rows={2}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${noteId}-error` : undefined}
            />
          </div>
          <DatePicker label="Date" name="checkedOn" hint="Leave empty for today." />
          {error ? (
            <p id={`${noteId}-error`} className="field__error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="form-actions">
            <button type="submit" className="button button--primary">
              Save check-in
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
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

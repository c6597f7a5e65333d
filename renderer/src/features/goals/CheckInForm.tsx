import { useId, useState, type FormEvent } from 'react';
import { checkInFieldsSchema, type Goal } from '#shared/goals/model';
import { call } from '#renderer/api/client';
import { errorText } from '#renderer/api/serverErrors';
import { DatePicker } from '#renderer/components/pickers/DatePicker';

/**
 * A progress note on a goal, dated today unless told otherwise. Used on the goal card and in
 * the prep brief; the note field takes focus when it opens, since that is why it was opened.
 */
export function CheckInForm({ goal, onDone }: { goal: Goal; onDone: (saved: boolean) => void }) {
  const noteId = useId();
  const [error, setError] = useState<string | null>(null);
  const checkIn = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const parsed = checkInFieldsSchema.safeParse({ checkedOn: data.get('checkedOn') || null, note: data.get('note') });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Check the note and date.');
    try {
      await call('goals.checkIn', { goalId: goal.id, fields: parsed.data });
      setError(null);
      onDone(true);
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
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
          // Opened on purpose to write this note.
          autoFocus
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
        <button type="button" className="button" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

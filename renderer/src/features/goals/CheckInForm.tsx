import { TextAreaField } from '#renderer/components/InputFields';
import { type FormEvent } from 'react';
import { checkInFieldsSchema, type Goal } from '#shared/goals/model';
import { call } from '#renderer/api/client';
import { useRefusal } from '#renderer/api/useRefusal';
import { DatePicker } from '#renderer/components/pickers/DatePicker';
import { FormActions } from '#renderer/components/FormActions';

/**
 * A progress note on a goal, dated today unless told otherwise. Used on the goal card and in
 * the prep brief; the note field takes focus when it opens, since that is why it was opened.
 */
export function CheckInForm({ goal, onDone }: { goal: Goal; onDone: (saved: boolean) => void }) {
  const refusal = useRefusal(['note', 'checkedOn']);
  const checkIn = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const parsed = checkInFieldsSchema.safeParse({ checkedOn: data.get('checkedOn') || null, note: data.get('note') });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return refusal.refuse(issue?.path[0] === 'checkedOn' ? 'checkedOn' : 'note', issue?.message ?? 'Check the note.');
    }
    try {
      await call('goals.checkIn', { goalId: goal.id, fields: parsed.data });
      refusal.clear();
      onDone(true);
    } catch (err) {
      refusal.show(err);
    }
  };
  return (
    <form
      className="goal__checkin-form"
      onSubmit={(e) => void checkIn(e)}
      noValidate
      aria-label={`Check in on ${goal.title}`}
    >
      {/* Focused on opening: that is why it was opened. A refusal of no one field is read out here too. */}
      <TextAreaField
        label="Progress note"
        error={refusal.on('note') ?? refusal.formError}
        name="note"
        rows={2}
        autoFocus
      />
      <DatePicker label="Date" name="checkedOn" hint="Leave empty for today." error={refusal.on('checkedOn')} />
      <FormActions submitLabel="Save check-in" onCancel={() => onDone(false)} />
    </form>
  );
}

import { useId } from 'react';
import { PREP_REMINDER_MINUTES, type Settings } from '#shared/settings/model';
import { SelectField } from '#renderer/components/InputFields';

interface Props {
  settings: Settings;
  save: (patch: Partial<Settings>) => void;
}

const minutesLabel = (m: number) => (m === 0 ? 'Off' : m === 60 ? '1 hour before' : `${m} minutes before`);

/**
 * Reminders on the Settings screen: system notifications that say only what is due and when
 * ("1:1 with Priya in 15 minutes"), never a note, a rating or a candidate's name.
 */
export function ReminderSettingsSection({ settings, save }: Props) {
  const hintId = useId();
  return (
    <fieldset className="reminder-settings">
      <legend>Reminders</legend>
      <p className="muted" id={hintId}>
        Shown as notifications by your system, even while Cairn is in the background. They never include notes, ratings
        or candidates’ names, and say nothing while Cairn is locked.
      </p>
      <SelectField
        label="Prepare for a 1:1"
        aria-describedby={hintId}
        value={settings.prepReminderMinutes}
        onChange={(e) => save({ prepReminderMinutes: Number(e.target.value) as Settings['prepReminderMinutes'] })}
      >
        {PREP_REMINDER_MINUTES.map((m) => (
          <option key={m} value={m}>
            {minutesLabel(m)}
          </option>
        ))}
      </SelectField>
      <label className="choice">
        <input
          type="checkbox"
          checked={settings.dueReminders}
          onChange={(e) => save({ dueReminders: e.target.checked })}
        />
        Also remind me of actions and goals due today, draft scorecards and mentoring pairs behind
      </label>
    </fieldset>
  );
}

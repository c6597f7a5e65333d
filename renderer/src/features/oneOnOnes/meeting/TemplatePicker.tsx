import { useState } from 'react';
import type { Meeting } from '#shared/oneOnOnes/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { useToast } from '#renderer/components/toasts';

/** Adds a template's items to the agenda; what is already there (carried over too) stays. */
export function TemplatePicker({ meeting, onChange }: { meeting: Meeting; onChange: () => void }) {
  const templates = useRequest(() => call('oneOnOnes.templates', {}), 'templates');
  const [chosen, setChosen] = useState('');
  const notice = useToast();
  if (!templates.data) return null;
  return (
    <form
      className="inline-add"
      aria-label="Apply a template"
      onSubmit={(e) => {
        e.preventDefault();
        if (!chosen) return;
        void call('oneOnOnes.applyTemplate', { meetingId: meeting.id, templateId: chosen }).then(
          () => {
            notice('Template added to the agenda.');
            onChange();
          },
          (err: Error) => notice(err.message, 'error'),
        );
      }}
    >
      <label htmlFor="template-choice">Template</label>
      <select id="template-choice" value={chosen} onChange={(e) => setChosen(e.target.value)}>
        <option value="">Choose a template…</option>
        {templates.data.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
      <button type="submit" className="button" disabled={!chosen}>
        Apply template
      </button>
    </form>
  );
}

import { useState } from 'react';
import type { Meeting } from '#shared/oneOnOnes/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { useToast } from '#renderer/components/toasts';
import { NamedOptions } from '#renderer/components/LabelledOptions';

/** Adds a template's items to the agenda; what is already there (carried over too) stays. */
export function TemplatePicker({ meeting }: { meeting: Meeting }) {
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
          () => notice('Template added to the agenda.'),
          (err: Error) => notice(err.message, 'error'),
        );
      }}
    >
      <label htmlFor="template-choice">Template</label>
      <select id="template-choice" value={chosen} onChange={(e) => setChosen(e.target.value)}>
        <option value="">Choose a template…</option>
        <NamedOptions items={templates.data} />
      </select>
      <button type="submit" className="button" disabled={!chosen}>
        Apply template
      </button>
    </form>
  );
}

import { useId, useState } from 'react';
import type { Meeting } from '#shared/oneOnOnes/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { useToast } from '#renderer/components/toasts';

/** "Ask a question…": one the person has not been asked yet goes onto the agenda. */
/** The meeting screen refreshes itself after questions.ask (shared/ipc/changes.ts). */
export function AskQuestion({ meeting }: { meeting: Meeting }) {
  const categories = useRequest(() => call('questions.categories', {}), 'question-categories');
  const [category, setCategory] = useState('');
  const notice = useToast();
  const id = useId();
  return (
    <form
      className="inline-add"
      aria-label="Ask a question from the bank"
      onSubmit={(e) => {
        e.preventDefault();
        void call('questions.ask', { meetingId: meeting.id, category: category || null }).then(
          () => notice('Question added to the agenda.'),
          (err: Error) => notice(err.message, 'error'),
        );
      }}
    >
      <label htmlFor={id}>Question from</label>
      <select id={id} value={category} onChange={(e) => setCategory(e.target.value)}>
        <option value="">Any category</option>
        {(categories.data ?? []).map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
      <button type="submit" className="button">
        Ask a question…
      </button>
    </form>
  );
}

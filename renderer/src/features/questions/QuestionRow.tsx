import { useState } from 'react';
import { Ellipsis } from 'lucide-react';
import type { Question } from '#shared/questions/model';
import { call } from '#renderer/api/client';
import { MenuButton } from '#renderer/components/Menu';
import { Modal } from '#renderer/components/Modal';
import { useToast } from '#renderer/components/toasts';
import { QuestionForm } from './QuestionForm';

/** Where it came from, as the templates say it: "comes with Cairn", or "from team-questions.csv". */
function sourceWords(source: string): string {
  return source === 'Cairn' ? 'comes with Cairn' : `from ${source}`;
}

/** One question, read first: star it in place; its actions menu opens the editor in a dialog. */
export function QuestionRow({ question, onChange }: { question: Question; onChange: () => void }) {
  const notice = useToast();
  const [editing, setEditing] = useState(false);
  const star = () =>
    call('questions.update', { id: question.id, starred: !question.starred }).then(onChange, (err: Error) =>
      notice(err.message, 'error'),
    );
  return (
    <li className="question-row">
      <button
        type="button"
        className="button button--quiet question-row__star"
        aria-pressed={question.starred}
        aria-label={`Star “${question.text}”`}
        onClick={() => void star()}
      >
        {question.starred ? '★' : '☆'}
      </button>
      <div className="question-row__text">
        <span>{question.text}</span>
        <span className="muted">
          {question.category || 'no category'} · {sourceWords(question.source)}
          {question.asked ? ` · asked ${question.asked}×` : ''}
        </span>
      </div>
      <MenuButton
        label={<Ellipsis className="icon" aria-hidden="true" />}
        ariaLabel={`Actions for “${question.text}”`}
        className="button button--quiet button--icon"
        actions={[{ id: 'edit', label: 'Edit…', onAction: () => setEditing(true) }]}
      />
      <Modal title="Edit question" open={editing} onClose={() => setEditing(false)}>
        {editing ? (
          <QuestionForm
            question={question}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              onChange();
              notice('Question saved.');
            }}
          />
        ) : null}
      </Modal>
    </li>
  );
}

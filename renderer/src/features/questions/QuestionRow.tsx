import { useState } from 'react';
import type { Question } from '#shared/questions/model';
import { call } from '#renderer/api/client';
import { useToast } from '#renderer/components/toasts';

/** One question: star it, or edit its words and category in place. */
export function QuestionRow({ question, onChange }: { question: Question; onChange: () => void }) {
  const notice = useToast();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(question.text);
  const [category, setCategory] = useState(question.category);
  const update = (patch: { text?: string; category?: string; starred?: boolean }) =>
    call('questions.update', { id: question.id, ...patch }).then(
      () => {
        onChange();
        return true;
      },
      (err: Error) => {
        notice(err.message, 'error');
        return false;
      },
    );
  return (
    <li className="question-row">
      <button
        type="button"
        className="button button--quiet question-row__star"
        aria-pressed={question.starred}
        aria-label={`Star “${question.text}”`}
        onClick={() => void update({ starred: !question.starred })}
      >
        {question.starred ? '★' : '☆'}
      </button>
      {editing ? (
        <form
          className="question-row__edit"
          aria-label="Edit question"
          onSubmit={(e) => {
            e.preventDefault();
            void update({ text, category }).then((ok) => ok && setEditing(false));
          }}
        >
          <label>
            Question
            <input value={text} onChange={(e) => setText(e.target.value)} autoFocus />
          </label>
          <label>
            Category
            <input value={category} onChange={(e) => setCategory(e.target.value)} />
          </label>
          <button type="submit" className="button button--primary">
            Save question
          </button>
          <button type="button" className="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="question-row__text">
          <span>{question.text}</span>
          <span className="muted">
            {question.category || 'no category'} · {question.source}
            {question.asked ? ` · asked ${question.asked}×` : ''}
          </span>
        </div>
      )}
      {!editing ? (
        <button
          type="button"
          className="button"
          aria-label={`Edit “${question.text}”`}
          onClick={() => setEditing(true)}
        >
          Edit
        </button>
      ) : null}
    </li>
  );
}

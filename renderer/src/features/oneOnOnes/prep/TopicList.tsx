import { useState, type FormEvent } from 'react';
import { call } from '#renderer/api/client';
import { useToast } from '#renderer/components/toasts';
import { errorText } from '#renderer/api/serverErrors';

/** A one-line form that adds a topic, used for "next time" and recurring items. */
export function AddTopic({
  label,
  button,
  onAdd,
}: {
  label: string;
  button: string;
  onAdd: (text: string) => Promise<unknown>;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await onAdd(text);
      setText('');
      setError('');
    } catch (err) {
      setError(errorText(err));
    }
  };
  const id = `add-${button.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <form className="inline-add" onSubmit={(e) => void submit(e)}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        autoComplete="off"
      />
      <button type="submit" className="button">
        {button}
      </button>
      {error ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}

export function RecurringList({ items }: { items: { id: string; text: string }[] }) {
  const notice = useToast();
  if (items.length === 0)
    return <p className="muted">Nothing recurring. Items added here appear on every 1:1 until removed.</p>;
  return (
    <ul className="item-briefs">
      {items.map((r) => (
        <li key={r.id} className="item-brief">
          {r.text}{' '}
          <button
            type="button"
            className="button button--quiet"
            aria-label={`Stop repeating “${r.text}”`}
            onClick={() =>
              void call('oneOnOnes.removeRecurring', { id: r.id }).catch((e: Error) => notice(e.message, 'error'))
            }
          >
            Remove
          </button>
        </li>
      ))}
    </ul>
  );
}

import { formatDate } from '#shared/format';
import { useState, type FormEvent } from 'react';
import type { Item, ItemKind, Meeting, Side } from '#shared/oneOnOnes/model';
import { call } from '#renderer/api/client';
import { useToast } from '#renderer/components/toasts';
import { stateLabel } from '../format';

interface Props {
  meeting: Meeting;
  kind: ItemKind;
}

function sideLabel(kind: ItemKind, side: Side, personName: string): string {
  if (kind === 'agenda') return side === 'me' ? 'From me' : `From ${personName}`;
  return side === 'me' ? 'Me' : personName;
}

function ItemRow({ item, meeting }: { item: Item; meeting: Meeting }) {
  const notice = useToast();
  const readOnly = meeting.locked || meeting.status === 'moved';
  const carried = item.originMeetingId !== meeting.id && item.originDate !== null;
  // Shown at once; the row is keyed by the stored state, so the answer replaces it.
  const [shown, setShown] = useState(item.state);
  const set = (state: Item['state']) => {
    setShown(state);
    return call('oneOnOnes.updateItem', { meetingId: meeting.id, itemId: item.id, state }).catch((e: Error) => {
      setShown(item.state);
      notice(e.message, 'error');
    });
  };
  const checkboxId = `item-${item.id}`;
  return (
    <li className={`item item--${item.state}`}>
      <input
        id={checkboxId}
        type="checkbox"
        checked={shown === 'done'}
        disabled={readOnly || item.state === 'dropped'}
        onChange={(e) => void set(e.target.checked ? 'done' : 'open')}
      />
      <label htmlFor={checkboxId} className="item__text">
        {item.text}
      </label>
      <span className="item__meta">
        <span className="badge">{sideLabel(item.kind, item.side, meeting.personName)}</span>
        {item.dueDate ? <span className="badge">Due {formatDate(item.dueDate)}</span> : null}
        {carried && item.originDate ? <span className="badge">Carried from {formatDate(item.originDate)}</span> : null}
        {item.queued && !carried ? <span className="badge">Next-time topic</span> : null}
        {item.recurringId ? <span className="badge">Every time</span> : null}
        {item.state !== 'open' ? <span className="badge">{stateLabel(item.kind, item.state)}</span> : null}
      </span>
      {!readOnly ? (
        item.state === 'dropped' ? (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void set('open')}
            aria-label={`Reopen “${item.text}”`}
          >
            Reopen
          </button>
        ) : (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void set('dropped')}
            aria-label={`Drop “${item.text}”`}
          >
            Drop
          </button>
        )
      ) : null}
    </li>
  );
}

function AddItemForm({ meeting, kind }: Props) {
  const [text, setText] = useState('');
  const [side, setSide] = useState<Side>(kind === 'agenda' ? 'me' : 'them');
  const [due, setDue] = useState('');
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);
  const base = `${kind}-add`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await call('oneOnOnes.addItem', {
        meetingId: meeting.id,
        kind,
        side,
        text,
        dueDate: kind === 'action' && due ? due : null,
      });
      setText('');
      setDue('');
      setError(null);
    } catch (err) {
      const e2 = err as Error & { field?: string };
      setError({ field: e2.field, message: e2.message });
    }
  };
  const textError = error && error.field !== 'dueDate' ? error.message : '';
  const dueError = error?.field === 'dueDate' ? error.message : '';
  return (
    <form
      className="add-item"
      onSubmit={(e) => void submit(e)}
      aria-label={kind === 'agenda' ? 'Add agenda item' : 'Add action item'}
    >
      <div className="field add-item__text">
        <label htmlFor={`${base}-text`}>{kind === 'agenda' ? 'New agenda item' : 'New action item'}</label>
        <input
          id={`${base}-text`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoComplete="off"
          aria-invalid={textError ? true : undefined}
          aria-describedby={textError ? `${base}-error` : undefined}
        />
        {textError ? (
          <p id={`${base}-error`} className="field__error" role="alert">
            {textError}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${base}-side`}>{kind === 'agenda' ? 'Raised by' : 'Owner'}</label>
        <select id={`${base}-side`} value={side} onChange={(e) => setSide(e.target.value as Side)}>
          <option value="me">Me</option>
          <option value="them">{meeting.personName}</option>
        </select>
      </div>
      {kind === 'action' ? (
        <div className="field">
          <label htmlFor={`${base}-due`}>Due</label>
          <input
            id={`${base}-due`}
            type="date"
            value={due}
            onChange={(e) => setDue(e.target.value)}
            aria-invalid={dueError ? true : undefined}
          />
          {dueError ? (
            <p className="field__error" role="alert">
              {dueError}
            </p>
          ) : null}
        </div>
      ) : null}
      <button type="submit" className="button">
        {kind === 'agenda' ? 'Add to agenda' : 'Add action'}
      </button>
    </form>
  );
}

export function ItemsPanel({ meeting, kind }: Props) {
  const items = meeting.items.filter((i) => i.kind === kind);
  const readOnly = meeting.locked || meeting.status === 'moved';
  const headingId = `${kind}-heading`;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{kind === 'agenda' ? 'Agenda' : 'Action items'}</h2>
      {items.length === 0 ? (
        <p className="muted">{kind === 'agenda' ? 'Nothing on the agenda yet.' : 'No action items yet.'}</p>
      ) : null}
      <ul className="items">
        {items.map((i) => (
          <ItemRow key={`${i.id}-${i.state}`} item={i} meeting={meeting} />
        ))}
      </ul>
      {!readOnly ? <AddItemForm meeting={meeting} kind={kind} /> : null}
    </section>
  );
}

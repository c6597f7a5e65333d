import { formatDate } from '#shared/format';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { Item, ItemKind, Meeting, Side } from '#shared/oneOnOnes/model';
import { call } from '#renderer/api/client';
import { useRefusal } from '#renderer/api/useRefusal';
import { useToast } from '#renderer/components/toasts';
import { carriedFrom, stateLabel } from '../format';
import { DatePicker } from '#renderer/components/pickers/DatePicker';

interface Props {
  meeting: Meeting;
  kind: ItemKind;
}

/** Whose it is, in as few words as a checklist row allows: "Me", "Ada". */
function sideLabel(side: Side, personName: string): string {
  return side === 'me' ? 'Me' : (personName.split(' ')[0] ?? personName);
}

function ItemRow({ item, meeting }: { item: Item; meeting: Meeting }) {
  const notice = useToast();
  const readOnly = meeting.locked || meeting.status === 'moved';
  const carried = item.originMeetingId !== meeting.id && item.originDate !== null;
  // Shown at once, and replaced by the stored state when it arrives. The row keeps its element
  // (keyed by id), so the checkbox just ticked keeps focus.
  // A change waits on its answer only while the stored state is still the one it started from.
  const [pending, setPending] = useState<{ from: Item['state']; to: Item['state'] } | null>(null);
  const shown = pending && pending.from === item.state ? pending.to : item.state;
  const set = (state: Item['state']) => {
    setPending({ from: item.state, to: state });
    return call('oneOnOnes.updateItem', { meetingId: meeting.id, itemId: item.id, state }).catch((e: Error) => {
      setPending(null);
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
        {[
          item.kind === 'action' || item.side === 'them' ? sideLabel(item.side, meeting.personName) : null,
          item.dueDate ? `due ${formatDate(item.dueDate)}` : null,
          carried && item.originDate ? carriedFrom(item.originDate) : null,
          item.queued && !carried ? 'for next time' : null,
          item.recurringId ? 'every time' : null,
          item.state !== 'open' ? stateLabel(item.kind, item.state).toLocaleLowerCase() : null,
        ]
          .filter(Boolean)
          .join(' · ')}
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
            aria-label={`Not needed: “${item.text}”`}
          >
            Not needed
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
  const refusal = useRefusal(['text', 'dueDate']);
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
      refusal.clear();
    } catch (err) {
      refusal.show(err);
    }
  };
  // A refusal of no one field is shown under the text, the form's one visible line.
  const textError = refusal.on('text') ?? refusal.formError ?? '';
  const dueError = refusal.on('dueDate') ?? '';
  return (
    <form
      className={`add-item add-item--${kind}`}
      onSubmit={(e) => void submit(e)}
      aria-label={kind === 'agenda' ? 'Add agenda item' : 'Add action item'}
    >
      <div className="field add-item__text">
        <label htmlFor={`${base}-text`} className="visually-hidden">
          {kind === 'agenda' ? 'New agenda item' : 'New action item'}
        </label>
        <input
          id={`${base}-text`}
          placeholder={kind === 'agenda' ? 'Add to the agenda…' : 'Add an action…'}
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
        <label htmlFor={`${base}-side`} className="visually-hidden">
          {kind === 'agenda' ? 'Raised by' : 'Owner'}
        </label>
        <select id={`${base}-side`} value={side} onChange={(e) => setSide(e.target.value as Side)}>
          <option value="me">{kind === 'agenda' ? 'From me' : 'For me'}</option>
          <option value="them">
            {kind === 'agenda' ? 'From' : 'For'} {sideLabel('them', meeting.personName)}
          </option>
        </select>
      </div>
      {kind === 'action' ? (
        // The row stays one line: "Due" is said by the field's name and its dd/mm/yyyy segments.
        <DatePicker label="Due" labelHidden value={due} onChange={setDue} error={dueError || undefined} />
      ) : null}
      <button type="submit" className="button" aria-label={kind === 'agenda' ? 'Add to agenda' : 'Add action'}>
        Add
      </button>
    </form>
  );
}

export function ItemsPanel({ meeting, kind, footer }: Props & { footer?: ReactNode }) {
  const items = meeting.items.filter((i) => i.kind === kind);
  const readOnly = meeting.locked || meeting.status === 'moved';
  const headingId = `${kind}-heading`;
  return (
    <section className="panel checklist" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {kind === 'agenda' ? 'Agenda' : 'Action items'}
        {items.length > 0 ? <span className="checklist__count"> {openCount(items)} open</span> : null}
      </h2>
      {items.length === 0 ? (
        <p className="muted">{kind === 'agenda' ? 'Nothing on the agenda yet.' : 'No action items yet.'}</p>
      ) : null}
      <ul className="items">
        {items.map((i) => (
          <ItemRow key={i.id} item={i} meeting={meeting} />
        ))}
      </ul>
      {!readOnly ? <AddItemForm meeting={meeting} kind={kind} /> : null}
      {footer}
    </section>
  );
}

const openCount = (items: Item[]) => items.filter((i) => i.state === 'open').length;

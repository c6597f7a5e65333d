import { plural } from '#shared/format';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PrepItem } from '#shared/oneOnOnes/model';
import { call } from '#renderer/api/client';
import { errorText } from '#renderer/api/serverErrors';
import { itemMeta } from './itemWords';
import { AddTopic } from './TopicList';

type Verdict = 'done' | 'dropped' | 'keep';

const DONE_WORDS: Record<Verdict, string> = {
  done: 'marked done',
  dropped: 'marked not needed',
  keep: 'kept for the next 1:1',
};

/**
 * Every open item once, with triage of several at a time: tick the ones to settle, then Done,
 * Not needed or Keep. Keep writes nothing (the items stay on the next agenda); it only clears the
 * choice. After each verdict focus returns to the list, never to the page.
 */
export function OpenItems({ personId, items, callName }: { personId: string; items: PrepItem[]; callName: string }) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Items closed elsewhere drop out of the choice.
  const picked = items.filter((i) => chosen.has(i.id)).map((i) => i.id);
  const carried = items.filter((i) => i.carried).length;

  const toggle = (id: string) =>
    setChosen((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const toggleAll = () => setChosen(picked.length === items.length ? new Set() : new Set(items.map((i) => i.id)));
  const focusList = useCallback(() => {
    const first = list.current?.querySelector<HTMLInputElement>('input[type=checkbox]');
    (first ?? heading.current)?.focus();
  }, []);
  // Items settled as done or dropped leave the list when the refreshed prep arrives; focus
  // moves to what is left only then, or it would land on a row about to go.
  const settled = useRef<ReadonlySet<string> | null>(null);
  useEffect(() => {
    if (settled.current && !items.some((i) => settled.current!.has(i.id))) {
      settled.current = null;
      focusList();
    }
  }, [items, focusList]);

  const settle = async (verdict: Verdict) => {
    if (picked.length === 0) return;
    try {
      if (verdict !== 'keep') {
        settled.current = new Set(picked);
        await call('oneOnOnes.triage', { personId, itemIds: picked, state: verdict });
      }
      setStatus({ text: `${plural(picked.length, 'item')} ${DONE_WORDS[verdict]}.` });
      setChosen(new Set());
      if (verdict === 'keep') requestAnimationFrame(focusList);
    } catch (e) {
      settled.current = null;
      setStatus({ text: errorText(e), error: true });
    }
  };

  return (
    <section className="panel prep-brief__panel" aria-labelledby="open-heading">
      <div className="prep-brief__heading">
        <h2 id="open-heading" ref={heading} tabIndex={-1}>
          Open items
        </h2>
        <span className="muted">
          {items.length ? `${items.length} open${carried ? ` · ${carried} carried over` : ''}` : null}
        </span>
      </div>
      {items.length === 0 ? (
        <p className="muted">Nothing open. Topics you queue below land on the next agenda.</p>
      ) : (
        <>
          <div className="triage-bar" role="group" aria-label="Triage chosen items">
            <label className="triage-bar__all">
              <input
                type="checkbox"
                checked={picked.length === items.length}
                ref={(el) => {
                  if (el) el.indeterminate = picked.length > 0 && picked.length < items.length;
                }}
                onChange={toggleAll}
              />
              {picked.length ? `${picked.length} chosen` : 'Choose all'}
            </label>
            <button type="button" className="button" disabled={!picked.length} onClick={() => void settle('done')}>
              Done
            </button>
            <button type="button" className="button" disabled={!picked.length} onClick={() => void settle('dropped')}>
              Not needed
            </button>
            <button type="button" className="button" disabled={!picked.length} onClick={() => void settle('keep')}>
              Keep
            </button>
          </div>
          <ul className="triage-list" ref={list} aria-label="Open items">
            {items.map((item) => (
              <li key={item.id} className="triage-list__item">
                <label>
                  <input type="checkbox" checked={chosen.has(item.id)} onChange={() => toggle(item.id)} />
                  <span className="triage-list__text">
                    {item.text}
                    <span className="triage-list__meta">{itemMeta(item, callName)}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className={status?.error ? 'field__error' : 'muted triage-status'} role="status">
        {status?.text}
      </p>
      <AddTopic
        label="Topic for next time"
        button="Queue topic"
        onAdd={(text) => call('oneOnOnes.queue', { personId, text })}
      />
    </section>
  );
}

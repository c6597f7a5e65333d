import { plural } from '#shared/format';
import { useState } from 'react';
import { Link, useParams } from 'wouter';
import type { DraftAudience, DraftKind } from '#shared/evidence/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { downloadText } from '#renderer/components/download';
import { NotFound } from '#renderer/components/NotFound';
import { PageHeader } from '#renderer/components/PageHeader';
import { useToast } from '#renderer/components/toasts';
import { periodStart, type PeriodKey } from './period';
import { PeriodField } from './PeriodField';

const TITLES: Record<DraftKind, string> = { review: 'Review draft', promotion: 'Promotion case draft' };
const AUDIENCES: { value: DraftAudience; label: string; hint: string }[] = [
  { value: 'manager', label: 'For you', hint: 'everything, private evidence marked' },
  { value: 'shareable', label: 'To share', hint: 'private evidence left out unless it has a shareable version' },
];

interface Choices {
  period: PeriodKey;
  audience: DraftAudience;
}

/**
 * A review or promotion case assembled from the evidence log: per competency the rating, the
 * evidence with its source named, the gaps. No judgement is written for the manager: the text
 * is theirs to edit, then save as Markdown. New choices never drop edits unasked.
 */
export function DraftScreen() {
  const { id, kind: rawKind } = useParams<{ id: string; kind: string }>();
  const kind: DraftKind = rawKind === 'review' ? 'review' : 'promotion';
  const person = useRequest(() => call('people.get', { id }), id);
  const notice = useToast();
  const [choices, setChoices] = useState<Choices>({ period: '12m', audience: 'manager' });
  // What the text on screen was assembled for; it follows the choices unless the text was edited.
  const [assembled, setAssembled] = useState<Choices>(choices);
  const draftKey = `${id}#${kind}#${assembled.period}#${assembled.audience}`;
  const draft = useRequest(
    () =>
      call('evidence.draft', {
        personId: id,
        kind,
        audience: assembled.audience,
        from: periodStart(assembled.period),
        to: null,
      }),
    draftKey,
  );
  const [edit, setEdit] = useState<{ key: string; text: string } | null>(null);
  const markdown = draft.status === 'ready' ? draft.data.markdown : '';
  const text = edit?.key === draftKey ? edit.text : markdown;
  const edited = text !== markdown;
  const stale = choices.period !== assembled.period || choices.audience !== assembled.audience;

  const choose = (next: Choices) => {
    setChoices(next);
    if (!edited) setAssembled(next);
  };

  if (person.error) {
    return <NotFound title="Person not found" error={person.error} backHref="/people" backLabel="Back to people" />;
  }
  const name = person.data?.name ?? '';
  return (
    <>
      <PageHeader
        title={`${TITLES[kind]}: ${name}`}
        subtitle={<Link href={`/people/${id}`}>Back to {name || 'the person'}</Link>}
        primary={
          <button
            type="button"
            className="button button--primary"
            disabled={draft.status !== 'ready' || stale}
            onClick={() => {
              if (draft.status !== 'ready') return;
              downloadText(`${draft.data.fileBaseName}.md`, text, 'text/markdown');
              notice('Draft saved as Markdown.');
            }}
          >
            Save as Markdown
          </button>
        }
      />
      <section className="panel draft" aria-labelledby="draft-options-heading">
        <h2 id="draft-options-heading" className="visually-hidden">
          What goes in
        </h2>
        <div className="draft__options">
          <PeriodField id="draft-period" value={choices.period} onChange={(period) => choose({ ...choices, period })} />
          <fieldset className="draft__audience">
            <legend>Who it is for</legend>
            {AUDIENCES.map((a) => (
              <label key={a.value} className="choice">
                <input
                  type="radio"
                  name="draft-audience"
                  value={a.value}
                  checked={choices.audience === a.value}
                  onChange={() => choose({ ...choices, audience: a.value })}
                />{' '}
                {a.label} <span className="muted">({a.hint})</span>
              </label>
            ))}
          </fieldset>
        </div>
        {stale ? (
          <div className="draft__confirm" role="group" aria-label="Assemble again?">
            <span>The text below is still the one you edited. Assembling for these choices replaces your edits.</span>
            <button type="button" className="button button--danger" onClick={() => setAssembled(choices)}>
              Assemble again
            </button>
            <button type="button" className="button" onClick={() => setChoices(assembled)}>
              Keep my edits
            </button>
          </div>
        ) : null}
        {draft.status === 'ready' && assembled.audience === 'shareable' ? (
          <p className="draft__left-out" role="status">
            {draft.data.leftOut
              ? `Left out of this shareable draft: ${plural(draft.data.leftOut, 'private entry', 'private entries')} without a shareable version.`
              : 'Nothing left out: every private entry in this period has a shareable version, or there is none.'}
          </p>
        ) : null}
        {draft.error ? (
          <p className="error-message" role="alert">
            {draft.error.message}
          </p>
        ) : null}
        <label htmlFor="draft-text" className="draft__label">
          Draft (Markdown, yours to edit)
        </label>
        <textarea
          id="draft-text"
          className="draft__text"
          value={text}
          rows={24}
          spellCheck
          onChange={(e) => setEdit({ key: draftKey, text: e.target.value })}
        />
      </section>
    </>
  );
}

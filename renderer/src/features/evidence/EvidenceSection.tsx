import { useState } from 'react';
import { Link } from 'wouter';
import type { EvidenceEntry, EvidencePage } from '#shared/evidence/model';
import type { Person } from '#shared/people/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { useEvidenceCapture } from './captureStore';
import { CoverageSummary } from './CoverageSummary';
import { EditEvidenceDialog } from './EditEvidenceDialog';
import { EvidenceEntryItem } from './EvidenceEntryItem';
import { DEFAULT_PERIOD, periodStart, type PeriodKey } from './period';
import { PeriodField } from './PeriodField';
import { SelectField } from '#renderer/components/InputFields';

/**
 * The person's evidence log on their page: coverage of their current and next level over a
 * period, then the timeline, filtered by competency, period and words.
 */
export function EvidenceSection({ person }: { person: Person }) {
  const show = useEvidenceCapture((s) => s.show);
  const [period, setPeriod] = useState<PeriodKey>(DEFAULT_PERIOD);
  const [competencyId, setCompetencyId] = useState('');
  const [text, setText] = useState('');
  const [editing, setEditing] = useState<EvidenceEntry | null>(null);
  // Older pages loaded with "Show older evidence", after the first page they were loaded under:
  // a new first page (other filters, or the log changed anywhere) starts the list again.
  const [older, setOlder] = useState<{ after: EvidencePage; entries: EvidenceEntry[]; more: boolean } | null>(null);
  const from = periodStart(period);
  const key = `${person.id}#${period}#${competencyId}#${text}`;
  const options = useRequest(() => call('evidence.options', { personId: person.id }), person.id);
  const coverage = useRequest(() => call('evidence.coverage', { personId: person.id, from, to: null }), key);
  const page = useRequest(
    () => call('evidence.list', { personId: person.id, from, competencyId: competencyId || null, text }),
    key,
  );
  const olderHere = older && older.after === page.data ? older : null;
  const entries = [...(page.data?.entries ?? []), ...(olderHere?.entries ?? [])];
  const more = olderHere ? olderHere.more : (page.data?.more ?? false);
  const nameOf = (tag: string) => options.data?.competencies.find((c) => c.id === tag)?.name ?? tag;
  const filterChoices = options.data?.ladderName
    ? options.data.competencies.map((c) => ({ value: c.id, label: c.name }))
    : (options.data?.tags ?? []).map((t) => ({ value: t, label: t }));
  const loadMore = async () => {
    const last = entries[entries.length - 1];
    if (!last) return;
    const next = await call('evidence.list', {
      personId: person.id,
      from,
      competencyId: competencyId || null,
      text,
      after: { seenOn: last.seenOn, id: last.id },
    });
    if (page.data)
      setOlder({ after: page.data, entries: [...(olderHere?.entries ?? []), ...next.entries], more: next.more });
  };
  const filtered = Boolean(competencyId || text.trim());

  return (
    <section className="panel evidence" aria-labelledby="evidence-heading">
      <div className="panel__header">
        <h2 id="evidence-heading">Evidence</h2>
        <div className="panel__actions">
          <Link href={`/people/${person.id}/draft/review`} className="button button--quiet">
            Draft review
          </Link>
          <Link href={`/people/${person.id}/draft/promotion`} className="button button--quiet">
            Draft promotion case
          </Link>
          <button type="button" className="button" onClick={() => show({ personId: person.id })}>
            Log evidence
          </button>
        </div>
      </div>
      <div className="evidence__filters" role="group" aria-label="Filter evidence">
        <PeriodField id="evidence-period" value={period} onChange={setPeriod} />
        <SelectField
          label={options.data?.ladderName ? 'Competency' : 'Tag'}
          id="evidence-competency"
          value={competencyId}
          onChange={(e) => setCompetencyId(e.target.value)}
        >
          <option value="">All</option>
          {filterChoices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </SelectField>
        <div className="field evidence__search">
          <label htmlFor="evidence-search">Search evidence</label>
          <input id="evidence-search" type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
      </div>
      {coverage.data ? (
        <details className="evidence__coverage" open>
          <summary>Coverage</summary>
          <CoverageSummary coverage={coverage.data} periodStart={from} />
        </details>
      ) : null}
      {page.status === 'ready' && entries.length === 0 ? (
        <p className="muted">
          {filtered
            ? 'No evidence matches these filters.'
            : 'No evidence in this period. Select a passage in 1:1 notes and press Ctrl+Shift+E, or use Log evidence.'}
        </p>
      ) : null}
      <ol className="evidence-timeline" aria-label="Evidence timeline">
        {entries.map((e) => (
          <EvidenceEntryItem key={e.id} entry={e} nameOf={nameOf} onEdit={() => setEditing(e)} />
        ))}
      </ol>
      {more ? (
        <button type="button" className="button" onClick={() => void loadMore()}>
          Show older evidence
        </button>
      ) : null}
      {options.data ? (
        <EditEvidenceDialog entry={editing} options={options.data} onClose={() => setEditing(null)} />
      ) : null}
    </section>
  );
}

import { formatDateTime } from '#shared/format';
import { useState } from 'react';
import type { LadderView } from '#shared/ladders/view';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { SelectField } from '#renderer/components/InputFields';

const KIND_LABEL = { added: 'Added', removed: 'Removed', changed: 'Changed' } as const;

/** What changed between two versions of a ladder. */
export function VersionDiff({ ladder }: { ladder: LadderView }) {
  const versions = ladder.versions;
  const [from, setFrom] = useState(versions[versions.length - 2]?.id ?? versions[0]!.id);
  const [to, setTo] = useState(versions[versions.length - 1]!.id);
  // Compared in the store: the window never needs two whole documents for a list of changes.
  const diff = useRequest(
    () => call('ladders.diff', { id: ladder.id, fromVersionId: from, toVersionId: to }),
    `${ladder.id}:${from}:${to}:${ladder.currentVersionId}`,
  );
  const changes = diff.data ?? [];
  const options = versions.map((v) => (
    <option key={v.id} value={v.id}>
      Version {v.number} ({formatDateTime(v.createdAt)})
    </option>
  ));
  return (
    <section className="panel" aria-labelledby="version-diff">
      <h2 id="version-diff">What changed between versions</h2>
      <div className="form-grid">
        <SelectField label="From" value={from} onChange={(e) => setFrom(e.target.value)}>
          {options}
        </SelectField>
        <SelectField label="To" value={to} onChange={(e) => setTo(e.target.value)}>
          {options}
        </SelectField>
      </div>
      {diff.data && changes.length === 0 ? <p className="muted">No differences.</p> : null}
      {changes.length ? (
        <ul className="diff-list" aria-label="Changes">
          {changes.map((c, i) => (
            <li key={i} className={`diff-list__item diff-list__item--${c.kind}`}>
              <span className="badge">{KIND_LABEL[c.kind]}</span> <strong>{c.part}</strong>: {c.label}
              {c.kind === 'changed' && c.before !== undefined ? (
                <div className="diff-list__texts">
                  <p>
                    <span className="visually-hidden">Before: </span>
                    <del>{c.before}</del>
                  </p>
                  <p>
                    <span className="visually-hidden">After: </span>
                    <ins>{c.after}</ins>
                  </p>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

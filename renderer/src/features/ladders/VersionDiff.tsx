import { useId, useState } from 'react';
import { diffLadders } from '../../../../shared/ladders/diff';
import type { Ladder } from '../../../../shared/ladders/model';
import { call } from '../../api/client';
import { useRequest } from '../../api/useRequest';

const KIND_LABEL = { added: 'Added', removed: 'Removed', changed: 'Changed' } as const;

/** What changed between two versions of a ladder. */
export function VersionDiff({ ladder }: { ladder: Ladder }) {
  const fromId = useId();
  const toId = useId();
  const versions = ladder.versions;
  const [from, setFrom] = useState(versions[versions.length - 2]?.id ?? versions[0]!.id);
  const [to, setTo] = useState(versions[versions.length - 1]!.id);
  const docs = useRequest(
    () => Promise.all([call('ladders.get', { id: ladder.id, versionId: from }), call('ladders.get', { id: ladder.id, versionId: to })]),
    `${ladder.id}:${from}:${to}:${ladder.currentVersionId}`,
  );
  const changes = docs.data ? diffLadders(docs.data[0].doc, docs.data[1].doc) : [];
  const options = versions.map((v) => (
    <option key={v.id} value={v.id}>
      Version {v.number} ({v.createdAt.slice(0, 10)})
    </option>
  ));
  return (
    <section className="panel" aria-labelledby="version-diff">
      <h2 id="version-diff">What changed between versions</h2>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={fromId}>From</label>
          <select id={fromId} value={from} onChange={(e) => setFrom(e.target.value)}>
            {options}
          </select>
        </div>
        <div className="field">
          <label htmlFor={toId}>To</label>
          <select id={toId} value={to} onChange={(e) => setTo(e.target.value)}>
            {options}
          </select>
        </div>
      </div>
      {docs.data && changes.length === 0 ? <p className="muted">No differences.</p> : null}
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

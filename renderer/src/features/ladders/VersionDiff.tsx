import { formatDateTime } from '#shared/format';
import { useState } from 'react';
import type { LadderView } from '#shared/ladders/view';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { SelectField } from '#renderer/components/InputFields';
import { DialogCloseRow } from '#renderer/components/DialogCloseRow';
import { Modal } from '#renderer/components/Modal';

const KIND_LABEL = { added: 'Added', removed: 'Removed', changed: 'Changed' } as const;

/** The version a "What changed" control speaks of: the one on screen, or the current one when version 1 is. */
export function changedVersion(ladder: LadderView) {
  const at = ladder.versions.findIndex((v) => v.id === ladder.version.id);
  return at > 0 ? ladder.versions[at]! : ladder.versions[ladder.versions.length - 1]!;
}

/** What changed between two versions of a ladder, from the one before `to` unless the manager picks others. */
function VersionDiff({ ladder }: { ladder: LadderView }) {
  const versions = ladder.versions;
  const target = changedVersion(ladder);
  const [to, setTo] = useState(target.id);
  const [from, setFrom] = useState(versions[Math.max(0, versions.indexOf(target) - 1)]!.id);
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
    <>
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
    </>
  );
}

/** The changes between versions, in a dialog opened from the toolbar: read where the versions are chosen. */
export function VersionDiffDialog({
  ladder,
  open,
  onClose,
}: {
  ladder: LadderView;
  open: boolean;
  onClose: () => void;
}) {
  return (
    <Modal title={`What changed in version ${changedVersion(ladder).number}`} open={open} onClose={onClose} size="wide">
      {open ? <VersionDiff ladder={ladder} /> : null}
      <DialogCloseRow onClose={onClose} />
    </Modal>
  );
}

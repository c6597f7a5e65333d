import type { BackupInfo } from '#shared/backups/model';
import { formatBytes, formatDateTime } from '#shared/format';
import { KIND_LABELS } from './format';

export function BackupList({ backups, onRestore }: { backups: BackupInfo[]; onRestore: (backup: BackupInfo) => void }) {
  if (backups.length === 0) return <p className="muted">No backups yet.</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">Backups, newest first</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Kind</th>
          <th scope="col">Size</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {backups.map((b) => (
          <tr key={b.id}>
            <td>{formatDateTime(b.createdAt)}</td>
            <td>{KIND_LABELS[b.kind]}</td>
            <td>{formatBytes(b.bytes)}</td>
            <td>
              {b.kind === 'pre-encryption' ? null : (
                <button
                  type="button"
                  className="button"
                  onClick={() => onRestore(b)}
                  aria-label={`Restore the backup from ${formatDateTime(b.createdAt)}`}
                >
                  Restore…
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

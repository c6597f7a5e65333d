import type { BackupInfo } from '#shared/backups/model';
import { formatBytes, formatDateTime } from '#shared/format';
import { DataTable, type Column } from '#renderer/components/DataTable';
import { KIND_LABELS } from './format';

export function BackupList({ backups, onRestore }: { backups: BackupInfo[]; onRestore: (backup: BackupInfo) => void }) {
  const columns: Column<BackupInfo>[] = [
    { id: 'when', header: 'When', cell: (b) => formatDateTime(b.createdAt) },
    { id: 'kind', header: 'Kind', cell: (b) => KIND_LABELS[b.kind] },
    { id: 'size', header: 'Size', cell: (b) => formatBytes(b.bytes) },
    {
      // Restore is the row's one action, so it stays a visible button rather than a one-item menu.
      id: 'restore',
      header: 'Restore',
      headerHidden: true,
      className: 'table__actions',
      cell: (b) =>
        b.kind === 'pre-encryption' ? null : (
          <button
            type="button"
            className="button"
            onClick={() => onRestore(b)}
            aria-label={`Restore the backup from ${formatDateTime(b.createdAt)}`}
          >
            Restore…
          </button>
        ),
    },
  ];
  return (
    <DataTable
      rows={backups}
      rowKey={(b) => b.id}
      columns={columns}
      caption="Backups, newest first"
      empty={<p className="muted">No backups yet.</p>}
    />
  );
}

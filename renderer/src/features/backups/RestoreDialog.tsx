import type { BackupInfo } from '#shared/backups/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { Modal } from '#renderer/components/Modal';
import { formatDateTime } from '#shared/format';
import { ContentsList } from './ContentsList';

/** Shows what a backup holds before anything is replaced. */
export function RestoreDialog({
  backup,
  replacingDamaged,
  onClose,
  onRestored,
}: {
  backup: BackupInfo | null;
  replacingDamaged?: boolean;
  onClose: () => void;
  onRestored: () => void;
}) {
  const preview = useRequest(
    () => (backup ? call('backups.preview', { id: backup.id }) : Promise.resolve(null)),
    backup?.id ?? 'none',
  );
  const restore = async () => {
    if (!backup) return;
    await call('backups.restore', { id: backup.id });
    onRestored();
  };
  return (
    <Modal title="Restore this backup?" open={backup !== null} onClose={onClose}>
      {preview.error ? <ErrorMessage error={preview.error} /> : null}
      {preview.data ? (
        <>
          <p>
            Backup from <strong>{formatDateTime(preview.data.createdAt)}</strong>. It holds:
          </p>
          <ContentsList counts={preview.data.counts} label="What the backup holds" />
          <p>
            {replacingDamaged
              ? 'It replaces the damaged file, which stays set aside.'
              : 'Your current data is backed up first, so this can be undone.'}
          </p>
          <div className="form-actions">
            <button type="button" className="button button--primary" onClick={() => void restore()}>
              Restore this backup
            </button>
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
          </div>
        </>
      ) : null}
    </Modal>
  );
}

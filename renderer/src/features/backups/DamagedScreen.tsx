import { useState } from 'react';
import type { BackupInfo, StoreStatus } from '#shared/backups/model';
import { call } from '#renderer/api/client';
import { BackupList } from './BackupList';
import { RestoreDialog } from './RestoreDialog';

/** The store failed its check at start: nothing was reset; the user chooses what to do. */
export function DamagedScreen({
  status,
  onResolved,
}: {
  status: Extract<StoreStatus, { state: 'damaged' }>;
  onResolved: () => void;
}) {
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const usable = status.backups.filter((b) => b.kind !== 'pre-encryption');
  return (
    <main className="lock" id="main">
      <div className="lock__card lock__card--wide panel">
        <h1>Your data file is damaged</h1>
        <p>
          Cairn checks its data every time it starts, and this time the check failed. Nothing was deleted: the damaged
          file was moved to <code>{status.damagedFile}</code>.
        </p>
        {usable.length > 0 ? (
          <>
            <p>Restore the newest backup you trust. You will see what it holds first.</p>
            <BackupList backups={usable} onRestore={setRestoring} />
          </>
        ) : (
          <p>There is no backup to restore. You can start with empty data; the damaged file stays where it is.</p>
        )}
        <div className="form-actions">
          <button type="button" className="button" onClick={() => void call('store.startEmpty', {}).then(onResolved)}>
            Start with empty data
          </button>
        </div>
      </div>
      <RestoreDialog backup={restoring} replacingDamaged onClose={() => setRestoring(null)} onRestored={onResolved} />
    </main>
  );
}

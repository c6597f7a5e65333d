import { useState } from 'react';
import type { BackupInfo } from '#shared/backups/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { useToast } from '#renderer/components/toasts';
import { useSettings } from '../settings/theme';
import { BackupList } from './BackupList';
import { RestoreDialog } from './RestoreDialog';

export function BackupsPanel() {
  const backups = useRequest(() => call('backups.list', {}), 'backups');
  const { settings, update } = useSettings();
  const notice = useToast();
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);

  const backUpNow = async () => {
    try {
      await call('backups.create', {});
      notice('Backup written and checked.');
    } catch (e) {
      notice(e instanceof Error ? e.message : String(e), 'error');
    }
  };

  return (
    <section className="panel backups" aria-labelledby="backups-heading">
      <h2 id="backups-heading">Backups</h2>
      <p className="muted">
        Backups are encrypted copies of your data, each checked after it is written. Scheduled ones are kept for 7 days,
        4 weeks and 6 months.
      </p>
      {settings ? (
        <div className="field backups__schedule">
          <label htmlFor="backup-schedule">Automatic backups</label>
          <select
            id="backup-schedule"
            value={settings.backupSchedule}
            onChange={(e) => void update({ backupSchedule: e.target.value as 'off' | 'daily' | 'weekly' })}
          >
            <option value="daily">Every day</option>
            <option value="weekly">Every week</option>
            <option value="off">Off</option>
          </select>
        </div>
      ) : null}
      {/* A secondary action: Settings has no one thing to do, and nothing here should shout. */}
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void backUpNow()}>
          Back up now
        </button>
      </div>
      {backups.error ? <ErrorMessage error={backups.error} /> : null}
      {backups.data ? <BackupList backups={backups.data} onRestore={setRestoring} /> : null}
      <RestoreDialog
        backup={restoring}
        onClose={() => setRestoring(null)}
        onRestored={() => {
          setRestoring(null);
          // Every screen's data changed underneath it: start the window afresh.
          window.location.reload();
        }}
      />
    </section>
  );
}

import { formatDate } from '#shared/format';
import { localDate, systemTimeZone } from '#shared/calendar';
import type { BackupsHolding, ErasedKind } from '#shared/backups/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';

/** What the backups made before an erase still hold, loaded while the erase dialog is open. */
export function useBackupsHolding(kind: ErasedKind, id: string, open: boolean) {
  return useRequest(
    () => (open ? call('backups.holding', { kind, id }) : Promise.resolve(null)),
    `${kind}:${id}:${open}`,
  );
}

/** After the erase itself: a fresh backup first, then the old ones that still hold them go. */
export async function removeBackupsHolding(kind: ErasedKind, id: string): Promise<void> {
  await call('backups.removeHolding', { kind, id });
}

/** The day of a moment on this computer's calendar, written like every other date. */
function day(iso: string): string {
  return formatDate(localDate(new Date(iso), systemTimeZone()));
}

/**
 * Says plainly that backups are snapshots: those made before now still hold the person, and
 * restoring one would bring them back. Offers to remove them with the erase.
 */
export function BackupsAfterErase({
  name,
  holding,
  remove,
  onRemoveChange,
}: {
  name: string;
  holding: BackupsHolding | null | undefined;
  remove: boolean;
  onRemoveChange: (remove: boolean) => void;
}) {
  if (!holding || holding.backups.length === 0) return null;
  const count = holding.backups.length;
  const kept = holding.keptUntilRemoved;
  return (
    <div className="erase-backups">
      <p>
        {count === 1 ? '1 backup' : `${count} backups`} made before now still {count === 1 ? 'holds' : 'hold'}{' '}
        <strong>{name}</strong>: restoring one would bring them back.
        {holding.prunedBy
          ? ` Scheduled backups are deleted as they age, the last of these by ${day(holding.prunedBy)}.`
          : ''}
        {kept > 0
          ? ` ${kept === 1 ? '1 of them stays' : `${kept} of them stay`} until you delete ${kept === 1 ? 'it' : 'them'}: backups you make, copies made before a restore or an upgrade, and all backups while scheduled backups are off are never deleted automatically.`
          : ''}
      </p>
      <label className="choice">
        <input type="checkbox" checked={remove} onChange={(e) => onRemoveChange(e.target.checked)} /> Also delete{' '}
        {count === 1 ? 'that backup' : `those ${count} backups`} now (Cairn first makes a new backup without {name})
      </label>
    </div>
  );
}

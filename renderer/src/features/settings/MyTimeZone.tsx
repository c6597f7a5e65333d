import type { Settings } from '#shared/settings/model';

const SYSTEM = '';

/** Every zone the runtime knows, the system's first: read once. */
let zones: string[] | null = null;
function allZones(): string[] {
  zones ??= Intl.supportedValuesOf('timeZone');
  return zones;
}

/**
 * The manager's own zone: every time in Cairn is shown on this clock, with the other
 * person's beside it. "Match the system" follows the computer when the manager travels.
 */
export function MyTimeZone({
  settings,
  save,
}: {
  settings: Settings;
  save: (patch: Partial<Settings>) => Promise<void>;
}) {
  const system = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <div className="field">
      <label htmlFor="my-time-zone">My time zone</label>
      <select
        id="my-time-zone"
        value={settings.timeZone ?? SYSTEM}
        aria-describedby="my-time-zone-hint"
        onChange={(e) => void save({ timeZone: e.target.value === SYSTEM ? null : e.target.value })}
      >
        <option value={SYSTEM}>Match the system ({system})</option>
        {allZones().map((z) => (
          <option key={z} value={z}>
            {z.replace(/_/g, ' ')}
          </option>
        ))}
      </select>
      <p id="my-time-zone-hint" className="field__hint">
        Every 1:1 time is shown on your clock, with the other person’s time beside it when it differs.
      </p>
    </div>
  );
}

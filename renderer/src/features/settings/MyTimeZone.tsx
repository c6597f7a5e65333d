import { formatZone } from '#shared/format';
import { systemTimeZone } from '#shared/calendar';
import type { Settings } from '#shared/settings/model';
import { TimeZonePicker } from '#renderer/components/pickers/TimeZonePicker';
import { timeZoneOptions } from '#renderer/components/pickers/timeZones';

const isKnownZone = (id: string) => timeZoneOptions().some((o) => o.id === id);

/**
 * The manager's own zone: every time in Cairn is shown on this clock, with the other
 * person's beside it. Following the computer (the default) keeps it right when the manager
 * travels; otherwise the zone is chosen from the searchable list, as a person's is.
 */
export function MyTimeZone({
  settings,
  save,
}: {
  settings: Settings;
  save: (patch: Partial<Settings>) => Promise<void>;
}) {
  const system = systemTimeZone();
  const follows = settings.timeZone === null;
  return (
    <fieldset className="my-time-zone">
      <legend>My time zone</legend>
      <label className="choice">
        <input
          type="checkbox"
          checked={follows}
          onChange={(e) => void save({ timeZone: e.target.checked ? null : (settings.timeZone ?? system) })}
        />
        Follow this computer: {formatZone(system, { offset: true })}
      </label>
      {follows ? null : (
        <TimeZonePicker
          label="Show times in"
          // Only a saved zone is the picker's value: text being typed stays in the input (a value
          // that names no zone would make the list clear it) and is saved once it names a zone.
          value={settings.timeZone ?? system}
          onChange={(zone) => {
            if (zone && isKnownZone(zone) && zone !== settings.timeZone) void save({ timeZone: zone });
          }}
        />
      )}
      <p className="field__hint">
        Every 1:1 time is shown on your clock, with the other person’s time beside it when it differs.
      </p>
    </fieldset>
  );
}

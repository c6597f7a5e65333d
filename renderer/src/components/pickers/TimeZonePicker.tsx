import { useMemo, useRef } from 'react';
import type { PickerFieldProps } from './PickerFieldText';
import { SearchPicker } from './SearchPicker';
import { labelOfZone, timeZoneOptions, zoneMatches, zoneNamedBy, type TimeZoneOption } from './timeZones';

interface TimeZonePickerProps extends PickerFieldProps<HTMLInputElement> {
  label?: string;
  /** The IANA id kept in the store, or null for none. */
  value: string | null;
  /**
   * The chosen zone's id. While the user types, the text as typed (on leaving the field, text
   * that names one zone exactly becomes that zone); text naming no zone stays as typed so the
   * form's own validation says what is wrong and nothing typed is lost. Empty text gives null.
   */
  onChange: (value: string | null) => void;
}

/** A searchable list of time zones by city, with today's offset: no free-text IANA field. */
export function TimeZonePicker({
  label = 'Time zone',
  value,
  onChange,
  onBlur,
  hint,
  error,
  required,
  inputRef,
}: TimeZonePickerProps) {
  const options = useMemo(
    () => timeZoneOptions().map((o) => ({ ...o, detail: o.offset })) as (TimeZoneOption & { detail: string })[],
    [],
  );
  const known = value !== null && options.some((o) => o.id === value);
  const typed = useRef<string | null>(null);
  return (
    <SearchPicker
      label={label}
      options={options}
      selectedId={known ? value : null}
      onSelect={(o) => onChange(o.id)}
      onInputChange={(text) => {
        // A chosen option puts its label in the input; that is not typing.
        if (options.some((o) => o.label === text)) return;
        typed.current = text;
        onChange(text.trim() ? text.trim() : null);
      }}
      onBlur={() => {
        // Typed text that names one zone exactly ("Europe/Berlin", "Berlin") counts as choosing it.
        const named = typed.current === null ? null : zoneNamedBy(options, typed.current);
        typed.current = null;
        if (named) onChange(named.id);
        onBlur?.();
      }}
      filter={zoneMatches}
      showAllLabel="Show all time zones"
      hint={hint ?? 'Type a city, a region or an offset such as GMT+2'}
      error={error}
      {...(inputRef ? { inputRef } : {})}
      required={required ?? false}
      placeholder="Search by city"
      defaultInputValue={value === null ? '' : known ? labelOfZone(value) : value}
      allowsCustomValue
      emptyText="No time zone matches. Try a nearby city or an offset such as GMT+2."
    />
  );
}

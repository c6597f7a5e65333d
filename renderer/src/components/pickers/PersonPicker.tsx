import type { PickerFieldProps } from './PickerFieldText';
import { SearchPicker } from './SearchPicker';

export interface PersonChoice {
  id: string;
  name: string;
  /** Quieter words beside the name in the list, such as the role. */
  detail?: string | null;
}

interface PersonPickerProps extends PickerFieldProps<HTMLInputElement> {
  label?: string;
  people: readonly PersonChoice[];
  value: string | null;
  onChange: (personId: string | null) => void;
  autoFocus?: boolean;
}

const matches = (option: { label: string; detail?: string }, typed: string) => {
  const hay = `${option.label} ${option.detail ?? ''}`.toLowerCase();
  return typed
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => hay.includes(w));
};

/** Choose one person by typing part of their name or role. */
export function PersonPicker({
  label = 'Person',
  people,
  value,
  onChange,
  onBlur,
  hint,
  error,
  required,
  inputRef,
  autoFocus,
}: PersonPickerProps) {
  const options = people.map((p) => ({ id: p.id, label: p.name, ...(p.detail ? { detail: p.detail } : {}) }));
  return (
    <SearchPicker
      label={label}
      options={options}
      selectedId={value}
      onSelect={(o) => onChange(o.id)}
      onInputChange={(text) => {
        if (!text.trim()) onChange(null);
      }}
      {...(onBlur ? { onBlur } : {})}
      filter={matches}
      showAllLabel="Show everyone"
      {...(hint ? { hint } : {})}
      error={error}
      {...(inputRef ? { inputRef } : {})}
      required={required ?? false}
      placeholder="Type a name"
      autoFocus={autoFocus ?? false}
      emptyText="Nobody matches that name."
    />
  );
}

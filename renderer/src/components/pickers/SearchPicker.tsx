import type { ReactNode, Ref } from 'react';
import { ComboBox } from 'react-aria-components';
import { useSettledError } from '../useSettledError';
import { PickerComboParts, type PickerOption } from './PickerComboParts';

export interface SearchPickerProps<T extends PickerOption> {
  label: string;
  options: readonly T[];
  /** The chosen option's id; null when nothing is chosen. */
  selectedId: string | null;
  onSelect: (option: T) => void;
  /** Every keystroke, so a caller can accept typed text (TimeZonePicker) or ignore it. */
  onInputChange?: (text: string) => void;
  onBlur?: () => void;
  filter: (option: T, typed: string) => boolean;
  /** Accessible name of the button that opens the full list, e.g. "Show all time zones". */
  showAllLabel: string;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  placeholder?: string;
  defaultInputValue?: string;
  allowsCustomValue?: boolean;
  autoFocus?: boolean;
  emptyText: string;
  /** For a form library to focus the field when it reports an error. */
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A labelled, searchable list on react-aria's ComboBox: type to narrow, arrows to move, Enter
 * to choose, Escape to close; the hint and error are tied to the input like Field's.
 */
export function SearchPicker<T extends PickerOption>(props: SearchPickerProps<T>) {
  const { label, options, selectedId, onSelect, filter, showAllLabel, hint, error: given, required, emptyText } = props;
  const error = useSettledError(given);
  const byId = new Map(options.map((o) => [o.id, o]));
  return (
    <ComboBox
      className={`field picker${error ? ' field--invalid' : ''}`}
      defaultItems={options}
      selectedKey={selectedId !== null && byId.has(selectedId) ? selectedId : null}
      onSelectionChange={(key) => {
        const chosen = key === null ? undefined : byId.get(String(key));
        if (chosen) onSelect(chosen);
      }}
      defaultFilter={(textValue, typed) => {
        // The input shows the chosen label; opening the list then shows everything, not one row.
        const chosen = selectedId === null ? undefined : byId.get(selectedId);
        if (chosen && typed === chosen.label) return true;
        const option = options.find((o) => o.label === textValue);
        return option ? filter(option, typed) : false;
      }}
      {...(props.onInputChange ? { onInputChange: props.onInputChange } : {})}
      {...(props.onBlur ? { onBlur: props.onBlur } : {})}
      {...(props.defaultInputValue !== undefined ? { defaultInputValue: props.defaultInputValue } : {})}
      allowsCustomValue={props.allowsCustomValue ?? false}
      allowsEmptyCollection
      isInvalid={Boolean(error)}
      {...(props.autoFocus ? { autoFocus: true } : {})}
    >
      <PickerComboParts<T>
        label={label}
        required={required}
        showAllLabel={showAllLabel}
        placeholder={props.placeholder}
        hint={hint}
        error={error}
        emptyText={emptyText}
        inputRef={props.inputRef}
      />
    </ComboBox>
  );
}

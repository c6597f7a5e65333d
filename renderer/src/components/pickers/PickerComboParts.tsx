import type { ReactNode, Ref } from 'react';
import { Button, Input, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { ChevronsUpDown } from 'lucide-react';
import { PickerLabel, PickerNotes } from './PickerFieldText';

export interface PickerOption {
  id: string;
  /** What the input shows once chosen, and what a screen reader reads. */
  label: string;
  /** Quieter words after the label in the list (an offset, a role). */
  detail?: string;
}

export interface PickerComboPartsProps {
  label: string;
  required?: boolean | undefined;
  /** Accessible name of the button that opens the full list, e.g. "Show all time zones". */
  showAllLabel: string;
  placeholder?: string | undefined;
  maxLength?: number | undefined;
  hint?: ReactNode;
  error?: string | undefined;
  /** Shown in the open list when it has no option. */
  emptyText: ReactNode;
  /** For a form library to focus the field when it reports an error. */
  inputRef?: Ref<HTMLInputElement> | undefined;
}

/**
 * What every searchable picker puts inside react-aria's ComboBox: label, input, the button that
 * opens the list, hint and error tied to the input, and the list of options (label and detail).
 * SearchPicker filters a fixed list with it; PersonPicker asks the server.
 */
export function PickerComboParts<T extends PickerOption>(props: PickerComboPartsProps) {
  const { label, required, showAllLabel, placeholder, maxLength, hint, error, emptyText, inputRef } = props;
  return (
    <>
      <PickerLabel label={label} required={required} />
      <div className="picker__control">
        <Input
          className="picker__input"
          {...(inputRef ? { ref: inputRef } : {})}
          {...(placeholder ? { placeholder } : {})}
          {...(maxLength ? { maxLength } : {})}
        />
        <Button className="picker__button" aria-label={showAllLabel}>
          <ChevronsUpDown className="icon" aria-hidden="true" />
        </Button>
      </div>
      <PickerNotes hint={hint} error={error} />
      <Popover className="popover picker__popover" placement="bottom start" offset={4}>
        <ListBox<T> className="listbox" renderEmptyState={() => <p className="listbox__empty">{emptyText}</p>}>
          {(option) => (
            <ListBoxItem id={option.id} textValue={option.label} className="listbox__item">
              {/* The detail is part of the option's name, so what a screen reader reads is what is shown. */}
              <Text slot="label" className="listbox__label">
                <span>{option.label}</span>
                {option.detail ? <span className="listbox__detail"> {option.detail}</span> : null}
              </Text>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </>
  );
}

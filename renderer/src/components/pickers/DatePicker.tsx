import type { ReactNode, Ref } from 'react';
import { useCallback } from 'react';
import { parseDate, type CalendarDate } from '@internationalized/date';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker as AriaDatePicker,
  DateSegment,
  Dialog,
  Group,
  Heading,
  Popover,
} from 'react-aria-components';
import { CalendarDays, ChevronLeft, ChevronRight, X } from 'lucide-react';
import { focusFirstSegment, type FocusTarget } from './focusFirstSegment';
import { useSettledError } from '../useSettledError';
import { PickerLabel, PickerNotes } from './PickerFieldText';

export interface DatePickerProps {
  label: string;
  /** Controlled: the day as the forms keep it, 'YYYY-MM-DD'; '' or null for none. */
  value?: string | null;
  /** Uncontrolled, for forms read with FormData: the day it starts on. */
  defaultValue?: string | null;
  /** The day as 'YYYY-MM-DD', or '' once emptied. */
  onChange?: (value: string) => void;
  onBlur?: () => void;
  /** Submits the day as 'YYYY-MM-DD' with the form that holds it. */
  name?: string;
  /** Earliest and latest days offered, 'YYYY-MM-DD'. */
  min?: string | undefined;
  max?: string | undefined;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  /** Offers a button that empties the day; by default for optional days. */
  clearable?: boolean;
  /** For a form library to focus the field when it reports an error. */
  inputRef?: Ref<FocusTarget>;
  className?: string;
  /** The label is read out but not shown, where a row says what the field is by its place (a checklist's "Due"). */
  labelHidden?: boolean;
}

/** 'YYYY-MM-DD' to a calendar day; anything else (empty, half-typed) to null. */
function toDay(value: string | null | undefined): CalendarDate | null {
  if (!value) return null;
  try {
    return parseDate(value);
  } catch {
    return null;
  }
}

/**
 * A day typed in the user's own order (locale-aware segments) or picked from a calendar; the
 * value stays the ISO day the forms and the store already use. Hint and error are tied to it
 * like Field's. An optional day can be cleared with one button.
 */
export function DatePicker(props: DatePickerProps) {
  const { label, hint, error: given, required } = props;
  const error = useSettledError(given);
  const focusRef = useCallback(
    (group: HTMLDivElement | null) => focusFirstSegment(group, props.inputRef),
    [props.inputRef],
  );
  const controlled = props.value !== undefined;
  const value = controlled ? toDay(props.value) : undefined;
  return (
    <AriaDatePicker<CalendarDate>
      className={`field date-picker${error ? ' field--invalid' : ''}${props.className ? ` ${props.className}` : ''}`}
      {...(controlled ? { value } : { defaultValue: toDay(props.defaultValue) })}
      onChange={(day) => props.onChange?.(day ? day.toString() : '')}
      {...(props.onBlur ? { onBlur: props.onBlur } : {})}
      {...(props.name ? { name: props.name } : {})}
      {...(props.min ? { minValue: toDay(props.min) } : {})}
      {...(props.max ? { maxValue: toDay(props.max) } : {})}
      isInvalid={Boolean(error)}
      isRequired={Boolean(required)}
      validationBehavior="aria"
      granularity="day"
    >
      <PickerLabel label={label} required={required} hidden={props.labelHidden} />
      <Group className="date-input" ref={focusRef}>
        <DateInput className="date-input__segments">
          {(segment) => <DateSegment segment={segment} className="date-input__segment" />}
        </DateInput>
        {controlled && (props.clearable ?? !required) && value !== null ? (
          <ClearButton label={label} onClear={() => props.onChange?.('')} />
        ) : null}
        <Button className="date-input__button" aria-label={`Choose ${label.toLowerCase()} from a calendar`}>
          <CalendarDays className="icon" aria-hidden="true" />
        </Button>
      </Group>
      <PickerNotes hint={hint} error={error} />
      <Popover className="popover calendar-popover" placement="bottom start" offset={4}>
        <Dialog className="calendar-dialog" aria-label={label}>
          <Calendar className="calendar">
            <header className="calendar__header">
              <Button slot="previous" className="calendar__nav" aria-label="Previous month">
                <ChevronLeft className="icon" aria-hidden="true" />
              </Button>
              <Heading className="calendar__heading" />
              <Button slot="next" className="calendar__nav" aria-label="Next month">
                <ChevronRight className="icon" aria-hidden="true" />
              </Button>
            </header>
            <CalendarGrid className="calendar__grid">
              {(date) => <CalendarCell date={date} className="calendar__cell" />}
            </CalendarGrid>
          </Calendar>
        </Dialog>
      </Popover>
    </AriaDatePicker>
  );
}

/** Only for a controlled optional day: the uncontrolled ones empty segment by segment. */
function ClearButton({ label, onClear }: { label: string; onClear: () => void }) {
  return (
    // Not a react-aria Button: inside the DatePicker's group that slot is the calendar trigger.
    <button type="button" className="date-input__clear" aria-label={`Clear ${label.toLowerCase()}`} onClick={onClear}>
      <X className="icon" aria-hidden="true" />
    </button>
  );
}

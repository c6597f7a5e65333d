import type { ReactNode, Ref } from 'react';
import { useCallback } from 'react';
import { Time } from '@internationalized/date';
import { DateInput, DateSegment, TimeField as AriaTimeField } from 'react-aria-components';
import { useSettledError } from '../useSettledError';
import { focusFirstSegment, type FocusTarget } from './focusFirstSegment';
import { PickerLabel, PickerNotes } from './PickerFieldText';

export interface TimeFieldProps {
  label: string;
  /** The time as the forms keep it, 'HH:mm' on a 24-hour clock; '' for none. */
  value: string;
  /** 'HH:mm', or '' while the time is empty or half typed. */
  onChange: (value: string) => void;
  onBlur?: () => void;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  inputRef?: Ref<FocusTarget>;
  /** Announced changes to the hint (the other person's time as this one is typed). */
  hintLive?: boolean;
}

const CLOCK = /^(\d{2}):(\d{2})/;

function toTime(value: string): Time | null {
  const match = CLOCK.exec(value);
  if (!match) return null;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  return hour < 24 && minute < 60 ? new Time(hour, minute) : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A time typed in segments on the user's own clock (12- or 24-hour as their locale writes
 * it); the value stays the 'HH:mm' the forms and the store already use.
 */
export function TimeField({
  label,
  value,
  onChange,
  onBlur,
  hint,
  error: given,
  required,
  inputRef,
  hintLive,
}: TimeFieldProps) {
  const error = useSettledError(given);
  const focusRef = useCallback((group: HTMLDivElement | null) => focusFirstSegment(group, inputRef), [inputRef]);
  return (
    <AriaTimeField<Time>
      className={`field time-field${error ? ' field--invalid' : ''}`}
      value={toTime(value)}
      onChange={(time) => onChange(time ? `${pad(time.hour)}:${pad(time.minute)}` : '')}
      {...(onBlur ? { onBlur } : {})}
      isInvalid={Boolean(error)}
      isRequired={Boolean(required)}
      validationBehavior="aria"
      granularity="minute"
    >
      <PickerLabel label={label} required={required} />
      <DateInput className="date-input date-input__segments" ref={focusRef}>
        {(segment) => <DateSegment segment={segment} className="date-input__segment" />}
      </DateInput>
      <PickerNotes hint={hint} error={error} hintLive={hintLive} />
    </AriaTimeField>
  );
}

import type { ReactNode, Ref } from 'react';
import { Label, Text } from 'react-aria-components';

/** What every picker field takes besides its value: label, hint, error, and a ref for a form library to focus it. */
export interface PickerFieldProps<Target> {
  onBlur?: () => void;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  inputRef?: Ref<Target>;
}

/** A picker's label, marked when the field must be filled (as Field marks its own). */
export function PickerLabel({
  label,
  required,
  hidden,
}: {
  label: ReactNode;
  required?: boolean | undefined;
  /** Read out, not shown (base.css .visually-hidden). */
  hidden?: boolean | undefined;
}) {
  return (
    <Label {...(hidden ? { className: 'visually-hidden' } : {})}>
      {label}
      {required ? <span className="field__required"> (required)</span> : null}
    </Label>
  );
}

/**
 * A picker's hint and error, in the slots react-aria ties to the control (aria-describedby).
 * `hintLive`: the hint changes as the value does (a time's other zone) and is read out.
 */
export function PickerNotes({
  hint,
  error,
  hintLive = false,
}: {
  hint?: ReactNode;
  error?: ReactNode;
  hintLive?: boolean;
}) {
  return (
    <>
      {hint ? (
        <Text slot="description" className="field__hint" {...(hintLive ? { 'aria-live': 'polite' as const } : {})}>
          {hint}
        </Text>
      ) : null}
      {error ? (
        <Text slot="errorMessage" className="field__error" role="alert">
          {error}
        </Text>
      ) : null}
    </>
  );
}

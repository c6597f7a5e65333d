import type { ReactNode } from 'react';

interface FormActionsProps {
  /** The words of the button that submits the form: what it does ("Save series", "Move 1:1"). */
  submitLabel: string;
  /** Danger for a submit that cannot be taken back (ending a pair). */
  tone?: 'primary' | 'danger';
  /** While the submit is under way: a second press would send it twice. */
  busy?: boolean | undefined;
  /** Leaves without saving; no Cancel button when the form has nowhere to leave to. */
  onCancel?: (() => void) | undefined;
  cancelLabel?: string;
  /** Further buttons after Cancel (e.g. a delete that asks twice). */
  children?: ReactNode;
}

/** A form's closing row, the same in every form: submit first, then Cancel, then anything else. */
export function FormActions({
  submitLabel,
  tone = 'primary',
  busy,
  onCancel,
  cancelLabel = 'Cancel',
  children,
}: FormActionsProps) {
  return (
    <div className="form-actions">
      <button type="submit" className={`button button--${tone}`} disabled={busy}>
        {submitLabel}
      </button>
      {onCancel ? (
        <button type="button" className="button" onClick={onCancel}>
          {cancelLabel}
        </button>
      ) : null}
      {children}
    </div>
  );
}

import { useState } from 'react';

/**
 * A delete that asks twice in place: the quiet "Delete…" turns into the button that says
 * exactly what goes ("Yes, delete goal and check-ins"), so nothing goes on one slip.
 */
export function DeleteTwice({
  label,
  confirmLabel,
  onDelete,
}: {
  label: string;
  confirmLabel: string;
  onDelete: () => Promise<void>;
}) {
  const [asked, setAsked] = useState(false);
  return asked ? (
    <button type="button" className="button button--danger" onClick={() => void onDelete()}>
      {confirmLabel}
    </button>
  ) : (
    <button type="button" className="button button--danger-quiet" onClick={() => setAsked(true)}>
      {label}
    </button>
  );
}

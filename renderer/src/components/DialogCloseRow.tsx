/**
 * The closing row of a dialog that only shows something (what changed, a list to read): one
 * Close button where a form's actions would be, since Escape is not every user's way out.
 */
export function DialogCloseRow({ onClose }: { onClose: () => void }) {
  return (
    <div className="form-actions">
      <button type="button" className="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}

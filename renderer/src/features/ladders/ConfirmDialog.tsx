import { Modal } from '#renderer/components/Modal';

interface ConfirmDialogProps {
  title: string;
  body: string;
  confirmLabel: string;
  open: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before something that cannot be undone; the safe choice comes second, as Cancel. */
export function ConfirmDialog({ title, body, confirmLabel, open, onConfirm, onClose }: ConfirmDialogProps) {
  return (
    <Modal title={title} open={open} onClose={onClose}>
      <p>{body}</p>
      <div className="form-actions">
        <button type="button" className="button button--danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}

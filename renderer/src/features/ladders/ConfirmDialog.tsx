import { Modal } from '#renderer/components/Modal';

interface ConfirmDialogProps {
  title: string;
  body: string;
  /** null when it cannot be done: the dialog then says why, and only closes. */
  confirmLabel: string | null;
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
        {confirmLabel ? (
          <button type="button" className="button button--danger" onClick={onConfirm}>
            {confirmLabel}
          </button>
        ) : null}
        <button type="button" className="button" onClick={onClose}>
          {confirmLabel ? 'Cancel' : 'Close'}
        </button>
      </div>
    </Modal>
  );
}

import { useEffect, useId, useRef, type ReactNode } from 'react';
// react-aria is react-aria-components' own foundation (same install); its portal context is not re-exported.
import { UNSAFE_PortalProvider as PortalProvider } from 'react-aria';
import { lastMenuTrigger } from './Menu';
import { focusPageTitle } from './PageHeader';
import { modalClosed, modalOpened } from './openModals';

interface ModalProps {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  /** Wider dialogs hold a form with fields side by side; the default suits a question or a short form. */
  size?: 'default' | 'wide';
}

const FIRST_CONTROL = '.modal__body :is(button, a[href], input, select, textarea):not(:disabled)';

/**
 * Where focus goes back to when the dialog closes. The browser returns it to whatever had it
 * when the dialog opened; for a dialog chosen from a menu that is the menu item, gone once the
 * menu closes, so focus would fall to the page. The button that opened the menu stands in.
 */
function openerOf(active: Element | null): HTMLElement | null {
  if (active?.closest('[role="menu"]')) return lastMenuTrigger();
  return active instanceof HTMLElement ? active : null;
}

/**
 * A modal on the native <dialog>: the browser traps focus, Escape closes it, and focus
 * returns to whatever opened it. It is never taller than the window: the title stays at the
 * top, the body scrolls, and a `.form-actions` row inside it sticks to the bottom edge so the
 * primary action is always in view (modals.css). Menus and pickers inside it open within the
 * <dialog>, since anything outside a modal dialog is inert and drawn beneath it.
 */
export function Modal({ title, open, onClose, children, size = 'default' }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnTo.current = openerOf(document.activeElement);
      dialog.showModal();
      // A body that scrolls is a tab stop of its own, and the browser gives it the first focus
      // when it comes before any control: a ring around the whole dialog. The dialog's first
      // control takes it instead (a read-only sheet's Close); the body stays a stop for scrolling.
      if (document.activeElement === dialog.querySelector('.modal__body')) {
        dialog.querySelector<HTMLElement>(FIRST_CONTROL)?.focus();
      }
      // A question whose first control destroys (Delete team, Remove sample team, Delete
      // assessment) opens on the button beside it, Cancel: Enter pressed out of habit as the
      // dialog appears must never be what deletes. The destructive button is one Tab away.
      const first = document.activeElement;
      if (first instanceof HTMLElement && first.matches('.button--danger')) {
        first.parentElement?.querySelector<HTMLElement>('button:not(.button--danger):not(:disabled)')?.focus();
      }
    }
    if (!open && dialog.open) {
      dialog.close();
      if (document.activeElement === document.body) {
        // What opened it may have gone with what the dialog did (a deleted row's menu button).
        if (returnTo.current?.isConnected) returnTo.current.focus();
        else focusPageTitle();
      }
    }
    if (!open) return;
    modalOpened(dialog);
    return () => modalClosed(dialog);
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={`modal modal--${size}`}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open ? (
        <>
          <h2 id={titleId} className="modal__title">
            {title}
          </h2>
          <PortalProvider getContainer={() => ref.current}>
            <div className="modal__body">{children}</div>
          </PortalProvider>
        </>
      ) : null}
    </dialog>
  );
}

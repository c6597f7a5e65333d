import { useEffect } from 'react';
import {
  Button,
  Text,
  UNSTABLE_Toast as Toast,
  UNSTABLE_ToastContent as ToastContentBox,
  UNSTABLE_ToastRegion as ToastRegion,
} from 'react-aria-components';
import { CircleExclamationPoint, CircleCheck, X } from 'lucide-react';
// react-aria is react-aria-components' own foundation (same install); its portal context is not re-exported.
import { UNSAFE_PortalProvider as PortalProvider } from 'react-aria';
import { useTopModal } from './openModals';
import { clearToastsOnNavigation, toastQueue } from './toasts';

/**
 * The toast region: a landmark screen readers announce, at the bottom right of the content
 * column, clear of the sidebar (toasts.css). F6 reaches it; each toast has a Dismiss button.
 * While a modal dialog is open the region is placed inside it, in the dialog's own column under
 * its actions, above its backdrop and not inert.
 *
 * A toast reports on the page it was raised on: moving to another page, or opening a dialog
 * over it, clears it, so it never follows the user somewhere it does not belong.
 */
export function Toasts() {
  const topModal = useTopModal();
  useEffect(() => {
    // wouter's hash navigation dispatches hashchange synchronously, and so does Back.
    addEventListener('hashchange', clearToastsOnNavigation);
    return () => removeEventListener('hashchange', clearToastsOnNavigation);
  }, []);
  useEffect(() => {
    if (topModal) clearToastsOnNavigation();
  }, [topModal]);
  return (
    <PortalProvider getContainer={() => topModal ?? document.body}>
      <ToastRegion queue={toastQueue} className="toast-region" aria-label="Notifications">
        {({ toast }) => (
          <Toast toast={toast} className={`toast toast--${toast.content.tone}`}>
            {toast.content.tone === 'error' ? (
              <CircleExclamationPoint className="icon toast__icon" aria-hidden="true" />
            ) : (
              <CircleCheck className="icon toast__icon" aria-hidden="true" />
            )}
            <ToastContentBox className="toast__content">
              <Text slot="title">{toast.content.message}</Text>
            </ToastContentBox>
            <Button slot="close" className="toast__close" aria-label="Dismiss">
              <X className="icon" aria-hidden="true" />
            </Button>
          </Toast>
        )}
      </ToastRegion>
    </PortalProvider>
  );
}

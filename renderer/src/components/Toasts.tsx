import { useEffect } from 'react';
import {
  Button,
  Text,
  UNSTABLE_Toast as Toast,
  UNSTABLE_ToastContent as ToastContentBox,
  UNSTABLE_ToastRegion as ToastRegion,
} from 'react-aria-components';
import { CircleExclamationPoint, CircleCheck, X } from 'lucide-react';
import { clearToastsOnNavigation, toastQueue } from './toasts';

/**
 * The toast region: a landmark screen readers announce, at the foot of the sidebar column so
 * a toast never covers the content it reports on. F6 reaches it; each toast has a Dismiss button.
 */
export function Toasts() {
  useEffect(() => {
    // wouter's hash navigation dispatches hashchange synchronously, and so does Back.
    addEventListener('hashchange', clearToastsOnNavigation);
    return () => removeEventListener('hashchange', clearToastsOnNavigation);
  }, []);
  return (
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
  );
}

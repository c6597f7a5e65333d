import { lazy, Suspense } from 'react';
import { Modal } from '#renderer/components/Modal';
import { useEvidenceCapture } from './captureStore';

/**
 * The "Log evidence" dialog lives in the shell so any screen (and the palette) can open it.
 * Its form and schemas load only when a capture starts: the first script stays free of the
 * schema library (test/e2e/build.output.spec.ts).
 */
const DialogBody = lazy(() => import('./LogEvidenceDialog').then((m) => ({ default: m.DialogBody })));

export function EvidenceGlobal() {
  const { open, request, close } = useEvidenceCapture();
  return (
    <Modal title="Log evidence" open={open} onClose={close}>
      {open ? (
        <Suspense
          fallback={
            <p role="status" aria-busy="true">
              Loading…
            </p>
          }
        >
          <DialogBody request={request} />
        </Suspense>
      ) : null}
    </Modal>
  );
}

import { useEvidenceCapture, type CaptureRequest } from './captureStore';

/**
 * "Log as evidence" beside something already written (a mentoring takeaway, a goal
 * check-in): opens the log dialog with its text, date and source filled in.
 */
export function LogEvidenceButton({ request, describedBy }: { request: CaptureRequest; describedBy?: string }) {
  const show = useEvidenceCapture((s) => s.show);
  return (
    <button type="button" className="button button--quiet" onClick={() => show(request)} aria-describedby={describedBy}>
      Log as evidence
    </button>
  );
}

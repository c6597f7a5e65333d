import { call } from '#renderer/api/client';
import { downloadText } from '#renderer/components/download';
import { useToast } from '#renderer/components/toasts';

/** Saves the person's 1:1 series as an .ics file for any calendar: times and zone, never notes. */
export function useExportSeries(personId: string): () => Promise<void> {
  const notice = useToast();
  return async () => {
    try {
      const file = await call('calendarFiles.exportSeries', { personId });
      downloadText(`${file.fileBaseName}.ics`, file.ics, 'text/calendar');
      notice('Calendar file saved. Open it in your calendar to add the series; it holds no notes.');
    } catch (e) {
      notice(e instanceof Error ? e.message : String(e), 'error');
    }
  };
}

export function ExportSeriesButton({ personId }: { personId: string }) {
  const save = useExportSeries(personId);
  return (
    <button type="button" className="button" onClick={() => void save()}>
      Add to calendar (.ics)
    </button>
  );
}

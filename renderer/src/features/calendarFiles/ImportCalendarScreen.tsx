import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { CALENDAR_FILE_MAX_CHARS, CALENDAR_FILE_MAX_LABEL, type ImportSeriesResult } from '#shared/calendarFiles/model';
import { call } from '#renderer/api/client';
import { PageHeader } from '#renderer/components/PageHeader';
import { FileDrop } from '#renderer/components/FileDrop';
import { useToast } from '#renderer/components/toasts';
import { CalendarProblems } from './CalendarProblems';
import { ProposalTable } from './ProposalTable';

interface Loaded {
  fileName: string;
  text: string;
}

/**
 * 1:1 series from an .ics file: choose it, see what would be imported and what not (with
 * lines), pick the series, import them all at once. Re-importing the same file updates.
 */
export function ImportCalendarScreen() {
  const [, navigate] = useLocation();
  const notice = useToast();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [preview, setPreview] = useState<ImportSeriesResult | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (file: File | undefined) => {
    setPreview(null);
    setLoaded(null);
    setFailure(null);
    if (!file) return;
    if (file.size > CALENDAR_FILE_MAX_CHARS) {
      setFailure(
        `“${file.name}” is larger than ${CALENDAR_FILE_MAX_LABEL}. Export only the calendar that holds your 1:1s.`,
      );
      return;
    }
    const next = { fileName: file.name, text: await file.text() };
    setLoaded(next);
    try {
      const result = await call('calendarFiles.importSeries', { ics: next.text, commit: false });
      setPreview(result);
      setChosen(new Set(result.proposals.map((p) => p.uid)));
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    }
  };

  const toggle = (uid: string) =>
    setChosen((old) => {
      const next = new Set(old);
      if (next.has(uid)) next.delete(uid);
      else next.add(uid);
      return next;
    });

  const importChosen = async () => {
    if (!loaded || !preview) return;
    setBusy(true);
    try {
      const done = await call('calendarFiles.importSeries', { ics: loaded.text, commit: true, include: [...chosen] });
      notice(`Imported ${done.imported} 1:1 ${done.imported === 1 ? 'series' : 'series'} from ${loaded.fileName}.`);
      navigate('/one-on-ones');
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader
        title="Import 1:1s from a calendar"
        subtitle="Recurring meetings between you and one other person become 1:1 series."
        actions={
          <Link href="/one-on-ones" className="button">
            Back to 1:1s
          </Link>
        }
      />
      <section className="panel" aria-labelledby="calendar-file-heading">
        <h2 id="calendar-file-heading">Calendar file</h2>
        <p className="muted">
          Export your calendar as an <code>.ics</code> file from Google Calendar (Settings → Import &amp; export),
          Outlook (Save calendar) or Apple Calendar (File → Export). Cairn reads the file on this computer only. Nothing
          is saved until you choose Import.
        </p>
        <FileDrop
          label="Calendar file (.ics)"
          accept=".ics,text/calendar"
          formats="a calendar export (.ics) from Google, Outlook or Apple Calendar"
          onFile={(file) => void choose(file)}
        />
        {failure ? (
          <p className="error-message" role="alert">
            {failure}
          </p>
        ) : null}
      </section>
      {preview ? (
        <>
          {preview.proposals.length ? (
            <section className="panel" aria-labelledby="calendar-preview-heading">
              <h2 id="calendar-preview-heading">What will be imported</h2>
              <ProposalTable proposals={preview.proposals} chosen={chosen} onToggle={toggle} />
              <div className="form-actions">
                <button
                  type="button"
                  className="button button--primary"
                  disabled={busy || chosen.size === 0}
                  onClick={() => void importChosen()}
                >
                  Import {chosen.size} {chosen.size === 1 ? 'series' : 'series'}
                </button>
              </div>
            </section>
          ) : (
            <p className="panel" role="status">
              No 1:1s found in this file: none of its recurring events is between you and one other person.
            </p>
          )}
          <CalendarProblems problems={preview.problems} />
          {preview.otherRecurring ? (
            <p className="muted">
              {preview.otherRecurring} other recurring {preview.otherRecurring === 1 ? 'event has' : 'events have'} more
              or fewer than two people and {preview.otherRecurring === 1 ? 'was' : 'were'} left out.
            </p>
          ) : null}
        </>
      ) : null}
    </>
  );
}

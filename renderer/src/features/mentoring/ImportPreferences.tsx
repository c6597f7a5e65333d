import { plural } from '#shared/format';
import { useState } from 'react';
import type { ImportResult } from '#shared/mentoring/model';
import { call } from '#renderer/api/client';
import { useToast } from '#renderer/components/toasts';
import { DataTable, type Column } from '#renderer/components/DataTable';
import { FileDrop } from '#renderer/components/FileDrop';
import { ImportActions } from '#renderer/components/ImportActions';
import { Topics } from './Topics';

const wantsText = (r: { wantsToMentor: boolean; wantsMentor: boolean }) =>
  r.wantsToMentor && r.wantsMentor ? 'Both' : r.wantsToMentor ? 'To mentor' : r.wantsMentor ? 'A mentor' : 'Neither';

type PreviewRow = ImportResult['rows'][number];

const PREVIEW_COLUMNS: Column<PreviewRow>[] = [
  { id: 'line', header: 'Line', cell: (r) => r.line },
  {
    id: 'person',
    header: 'Person',
    cell: (r) => (
      <>
        {r.name}
        {r.replaces ? <span className="badge">Replaces</span> : null}
      </>
    ),
  },
  { id: 'wants', header: 'Wants', cell: wantsText },
  { id: 'strengths', header: 'Strengths', cell: (r) => <Topics topics={r.strengths} /> },
  { id: 'interests', header: 'Wants to grow in', cell: (r) => <Topics topics={r.interests} /> },
  { id: 'capacity', header: 'Capacity', cell: (r) => r.capacity },
  { id: 'manager', header: 'Manager', cell: (r) => r.manager ?? '' },
];

/**
 * CSV import, in a dialog: check and preview first; import only a file without errors, all
 * or nothing. `onImported` closes the dialog once the preferences are saved.
 */
export function ImportPreferences({ onImported, onCancel }: { onImported: () => void; onCancel: () => void }) {
  const notice = useToast();
  const [csv, setCsv] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const check = async (text: string) => {
    setCsv(text);
    setFailure(null);
    try {
      setResult(await call('mentoring.importPreferences', { csv: text, commit: false }));
    } catch (e) {
      setResult(null);
      setFailure(e instanceof Error ? e.message : String(e));
    }
  };

  const commit = async () => {
    if (csv === null) return;
    const done = await call('mentoring.importPreferences', { csv, commit: true });
    if (done.errors.length) {
      setResult(done);
      return;
    }
    notice(`Imported preferences for ${plural(done.imported, 'person', 'people')}.`);
    onImported();
  };

  return (
    <>
      <p className="muted">
        Columns: <code>name, wants, strengths, interests, capacity, manager</code>. In the <code>wants</code> column
        write mentor, mentee, both or neither; separate list entries with “;”. People are matched by name.
      </p>
      <FileDrop
        label="CSV file"
        accept=".csv,text/csv"
        formats="a spreadsheet saved as CSV (.csv)"
        onFile={(file) => void file.text().then(check)}
      />
      {failure ? (
        <p className="error-message" role="alert">
          {failure}
        </p>
      ) : null}
      {result && result.errors.length ? (
        <div className="error-message" role="alert">
          <p>Nothing was imported. Fix these lines and choose the file again:</p>
          <ul>
            {result.errors.map((e, i) => (
              <li key={i}>
                Line {e.line}: {e.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {result && !result.errors.length ? (
        <>
          <DataTable
            rows={result.rows}
            rowKey={(r) => String(r.line)}
            columns={PREVIEW_COLUMNS}
            caption={`Preview: ${plural(result.rows.length, 'row')}, nothing saved yet`}
            captionVisible
            className="mentoring-table"
          />
        </>
      ) : null}
      <ImportActions
        importLabel={result && !result.errors.length ? `Import ${plural(result.rows.length, 'row')}` : null}
        onImport={() => void commit()}
        onCancel={onCancel}
      />
    </>
  );
}

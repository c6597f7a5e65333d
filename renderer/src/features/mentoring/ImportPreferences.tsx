import { plural } from '#shared/format';
import { useState } from 'react';
import type { ImportResult } from '#shared/mentoring/model';
import { call } from '#renderer/api/client';
import { useToast } from '#renderer/components/toasts';

const wantsText = (r: { wantsToMentor: boolean; wantsMentor: boolean }) =>
  r.wantsToMentor && r.wantsMentor ? 'Both' : r.wantsToMentor ? 'To mentor' : r.wantsMentor ? 'A mentor' : 'Neither';

/** CSV import: check and preview first; import only a file without errors, all or nothing. */
export function ImportPreferences({ onImported }: { onImported: () => void }) {
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
    setCsv(null);
    setResult(null);
    onImported();
  };

  return (
    <section className="panel" aria-labelledby="import-heading">
      <h2 id="import-heading">Import from CSV</h2>
      <p className="muted">
        Columns: <code>name, wants, strengths, interests, capacity, manager</code>. <code>wants</code> is mentor,
        mentee, both or neither; separate list entries with “;”. People are matched by name.
      </p>
      <div className="field">
        <label htmlFor="prefs-file">CSV file</label>
        <input
          id="prefs-file"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void file.text().then(check);
          }}
        />
      </div>
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
          <table className="table mentoring-table">
            <caption>Preview: {result.rows.length} rows, nothing saved yet</caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Person</th>
                <th scope="col">Wants</th>
                <th scope="col">Strengths</th>
                <th scope="col">Wants to grow in</th>
                <th scope="col">Capacity</th>
                <th scope="col">Manager</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((r) => (
                <tr key={r.line}>
                  <td>{r.line}</td>
                  <td>
                    {r.name}
                    {r.replaces ? <span className="badge">replaces</span> : null}
                  </td>
                  <td>{wantsText(r)}</td>
                  <td>{r.strengths.join(', ')}</td>
                  <td>{r.interests.join(', ')}</td>
                  <td>{r.capacity}</td>
                  <td>{r.manager ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="form-actions">
            <button type="button" className="button button--primary" onClick={() => void commit()}>
              Import {plural(result.rows.length, 'row')}
            </button>
          </div>
        </>
      ) : null}
    </section>
  );
}

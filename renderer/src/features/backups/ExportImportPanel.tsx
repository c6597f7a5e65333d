import { useState } from 'react';
import type { ImportPreview } from '#shared/data/contract';
import { call } from '#renderer/api/client';
import { errorText } from '#renderer/api/serverErrors';
import { downloadText } from '#renderer/components/download';
import { FileDrop } from '#renderer/components/FileDrop';
import { useToast } from '#renderer/components/toasts';
import { formatDateTime } from '#shared/format';
import { ContentsList } from './ContentsList';

/** The whole store as JSON + Markdown, and the way back from that JSON into an empty Cairn. */
export function ExportImportPanel() {
  const notice = useToast();
  const [pending, setPending] = useState<{ json: string; preview: ImportPreview } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const exportAll = async () => {
    const result = await call('data.exportAll', {});
    downloadText(`${result.fileBaseName}.json`, result.json, 'application/json');
    downloadText(`${result.fileBaseName}.md`, result.markdown, 'text/markdown');
    notice('Everything was exported as JSON and Markdown.');
  };

  const choose = async (file: File | undefined) => {
    setError(null);
    setPending(null);
    if (!file) return;
    const json = await file.text();
    try {
      setPending({ json, preview: await call('data.previewImport', { json }) });
    } catch (e) {
      setError(errorText(e));
    }
  };

  const importAll = async () => {
    if (!pending) return;
    try {
      await call('data.importAll', { json: pending.json });
      window.location.reload();
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <section className="panel" aria-labelledby="export-heading">
      <h2 id="export-heading">Export and import</h2>
      <p className="muted">
        The export holds everything, private notes included: it is your own copy, not one to share. Importing it
        restores everything into an empty Cairn, for example on a new machine.
      </p>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void exportAll()}>
          Export everything
        </button>
      </div>
      <FileDrop
        label="Import an export (into an empty Cairn)"
        accept=".json,application/json"
        formats="a Cairn export (.json)"
        onFile={(file) => void choose(file)}
        error={error}
      />
      {pending ? (
        <div className="import-preview">
          {/* Said as the restore dialog says it of a backup: when it was made, then what it holds. */}
          <p>
            Export from <strong>{formatDateTime(pending.preview.exportedAt)}</strong>. It holds:
          </p>
          <ContentsList counts={pending.preview.counts} label="What the import holds" />
          <button type="button" className="button button--primary" onClick={() => void importAll()}>
            Import all of it
          </button>
        </div>
      ) : null}
    </section>
  );
}

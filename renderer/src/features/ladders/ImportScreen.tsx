import { plural, pluralWord } from '#shared/format';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import {
  IMPORT_FORMAT_LABELS,
  IMPORT_FORMATS,
  MAX_IMPORT_BYTES,
  type ImportFormat,
  type ImportPreview,
} from '#shared/ladders/model';
import { call } from '#renderer/api/client';
import { PageHeader } from '#renderer/components/PageHeader';
import { FileDrop } from '#renderer/components/FileDrop';
import { useToast } from '#renderer/components/toasts';
import { LadderSummaryView } from './LadderSummaryView';
import { LabelledOptions } from '#renderer/components/LabelledOptions';
import { SelectField } from '#renderer/components/InputFields';

interface Loaded {
  fileName: string;
  text: string;
}

function Problems({ preview }: { preview: Extract<ImportPreview, { ok: false }> }) {
  return (
    <section className="panel import-problems" aria-labelledby="import-problems">
      <h2 id="import-problems">{plural(preview.errors.length, 'problem')} found — nothing will be imported</h2>
      <p className="muted">Fix {pluralWord(preview.errors.length, 'it', 'them')} in the file and choose it again.</p>
      <ul className="import-problems__list">
        {preview.errors.map((e, i) => (
          <li key={i}>
            {e.line ? <span className="import-problems__line">Line {e.line}</span> : null} {e.message}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ImportScreen() {
  const [, navigate] = useLocation();
  const notice = useToast();
  const [format, setFormat] = useState<ImportFormat>('auto');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState(false);

  const runPreview = async (next: Loaded | null, chosen: ImportFormat) => {
    if (!next) return;
    setPreview(await call('ladders.previewImport', { format: chosen, text: next.text, fileName: next.fileName }));
  };

  const choose = async (file: File | undefined) => {
    setPreview(null);
    setLoaded(null);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setPreview({
        ok: false,
        format: null,
        errors: [
          {
            message: `The file is ${(file.size / 1_000_000).toFixed(1)} MB; a ladder file can be at most ${MAX_IMPORT_BYTES / 1_000_000} MB. Is this the right file?`,
          },
        ],
      });
      return;
    }
    const next = { fileName: file.name, text: await file.text() };
    setLoaded(next);
    await runPreview(next, format);
  };

  const doImport = async () => {
    if (!loaded) return;
    setBusy(true);
    try {
      const ladder = await call('ladders.import', { format, text: loaded.text, fileName: loaded.fileName });
      notice(`Imported ${ladder.name}.`);
      navigate(`/ladders/${ladder.id}`);
    } catch (e) {
      notice(e instanceof Error ? e.message : String(e), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title="Import a ladder" subtitle={<Link href="/ladders">Back to ladders</Link>} />
      {/* The file first, across the panel so its name reads whole; the format only when detection is not enough. */}
      <form className="panel ladder-import" aria-label="File to import" onSubmit={(e) => e.preventDefault()}>
        <FileDrop
          label="Ladder file"
          accept=".json,.yaml,.yml,.csv,.md,.markdown,.txt"
          formats="JSON, YAML, CSV or Markdown"
          onFile={(file) => void choose(file)}
          hint="Cairn JSON or YAML, a CSV matrix (competencies down, levels across), Financial Times YAML or Monzo Markdown. The file is read on this computer only."
        />
        <SelectField
          label="Format"
          className="ladder-import__format"
          value={format}
          onChange={(e) => {
            const next = e.target.value as ImportFormat;
            setFormat(next);
            void runPreview(loaded, next);
          }}
        >
          <LabelledOptions values={IMPORT_FORMATS} labels={IMPORT_FORMAT_LABELS} />
        </SelectField>
      </form>
      {preview && !preview.ok ? <Problems preview={preview} /> : null}
      {preview?.ok ? (
        <section className="panel" aria-labelledby="import-preview">
          <h2 id="import-preview">Preview: read as {IMPORT_FORMAT_LABELS[preview.format]}</h2>
          <LadderSummaryView doc={preview.ladder} />
          <div className="form-actions">
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void doImport()}>
              Import this ladder
            </button>
          </div>
        </section>
      ) : null}
    </>
  );
}

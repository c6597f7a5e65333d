import { useState } from 'react';
import { BANK_FILE_MAX_CHARS, type BankPreview } from '#shared/questions/model';
import { formatNumber, plural } from '#shared/format';
import { call } from '#renderer/api/client';
import { useToast } from '#renderer/components/toasts';
import { FileDrop } from '#renderer/components/FileDrop';
import { SelectField } from '#renderer/components/InputFields';
import { ImportActions } from '#renderer/components/ImportActions';

/** A bank from JSON (one language or several), CSV or Markdown: preview, then import all; in the "Import questions" dialog. */
export function ImportBank({ onImported, onCancel }: { onImported: () => void; onCancel: () => void }) {
  const notice = useToast();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [language, setLanguage] = useState<string | null>(null);
  const [preview, setPreview] = useState<BankPreview | null>(null);

  const check = async (next: { name: string; text: string }, lang: string | null) => {
    setPreview(await call('questions.import', { fileName: next.name, text: next.text, language: lang, commit: false }));
  };
  const choose = async (chosen: File) => {
    setPreview(null);
    setLanguage(null);
    if (chosen.size > BANK_FILE_MAX_CHARS)
      return notice('This file is larger than 2 MB; a question bank is far smaller.', 'error');
    const next = { name: chosen.name, text: await chosen.text() };
    setFile(next);
    await check(next, null);
  };
  const commit = async () => {
    if (!file) return;
    const done = await call('questions.import', { fileName: file.name, text: file.text, language, commit: true });
    notice(`Imported ${plural(done.imported, 'question')}.`);
    setFile(null);
    setPreview(null);
    onImported();
  };

  return (
    <>
      <p className="muted">
        JSON (a list of questions, or a bank with each question in several languages), CSV with a <code>question</code>{' '}
        and a <code>category</code> column, or a Markdown list under headings (the heading is the category).
      </p>
      <FileDrop
        label="Question file"
        accept=".json,.csv,.md,.markdown,.txt"
        formats="JSON, CSV or Markdown (.json, .csv, .md)"
        onFile={(chosen) => void choose(chosen)}
      />
      {preview && preview.languages.length ? (
        <SelectField
          label="Language to import"
          value={language ?? ''}
          onChange={(e) => {
            const lang = e.target.value || null;
            setLanguage(lang);
            if (file) void check(file, lang);
          }}
        >
          <option value="">Choose…</option>
          {preview.languages.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </SelectField>
      ) : null}
      {preview && preview.problems.length ? (
        <div className="error-message" role="alert">
          <p>
            {preview.languages.length
              ? 'One more choice before the preview:'
              : `Nothing was imported. Fix ${preview.problems.length === 1 ? 'this' : 'these'} and choose the file again:`}
          </p>
          <ul>
            {preview.problems.map((p, i) => (
              <li key={i}>
                {p.line ? `Line ${p.line}: ` : ''}
                {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {preview && !preview.problems.length ? (
        <p role="status">
          {plural(preview.questions.length, 'new question')}
          {preview.mergedInFile ? `, ${plural(preview.mergedInFile, 'duplicate')} merged` : ''}
          {preview.alreadyInBank ? `, ${formatNumber(preview.alreadyInBank)} already in your bank` : ''}.
        </p>
      ) : null}
      <ImportActions
        importLabel={
          preview && !preview.problems.length && preview.questions.length
            ? `Import ${plural(preview.questions.length, 'question')}`
            : null
        }
        onImport={() => void commit()}
        onCancel={onCancel}
      />
    </>
  );
}

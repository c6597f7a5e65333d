import { useState } from 'react';
import { plural } from '#shared/format';
import { Link } from 'wouter';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { PageHeader } from '#renderer/components/PageHeader';
import { Modal } from '#renderer/components/Modal';
import { ImportBank } from './ImportBank';
import { QuestionRow } from './QuestionRow';
import { SelectField, TextField } from '#renderer/components/InputFields';

function bankHeading(count: number | undefined, filtered: boolean): string {
  if (count === undefined) return 'Questions';
  if (!filtered) return plural(count, 'question');
  return count === 0 ? 'No questions match' : `${plural(count, 'question')} ${count === 1 ? 'matches' : 'match'}`;
}

/** The question bank: browse, search, star, edit; import in a dialog. Templates and meetings draw from it. */
export function QuestionBankScreen() {
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState('');
  const [starredOnly, setStarredOnly] = useState(false);
  const [version, setVersion] = useState(0);
  const [importing, setImporting] = useState(false);
  const reload = () => setVersion((v) => v + 1);
  const categories = useRequest(() => call('questions.categories', {}), `categories-${version}`);
  const questions = useRequest(
    () => call('questions.list', { search, category: category || undefined, starredOnly }),
    `questions-${search}-${category}-${starredOnly}-${version}`,
  );
  const filtered = Boolean(search.trim() || category || starredOnly);
  return (
    <>
      <PageHeader
        title="Question bank"
        subtitle={
          <>
            Questions to draw into 1:1s. A template item written “Question from career” draws one the person has not
            been asked yet.
          </>
        }
        actions={
          <>
            <Link href="/one-on-ones" className="button">
              Back to 1:1s
            </Link>
            <button type="button" className="button" onClick={() => setImporting(true)}>
              Import questions…
            </button>
          </>
        }
      />
      <section className="panel" aria-labelledby="bank-heading">
        {/* The page is already "Question bank": the panel says how many, and whether a filter narrows them. */}
        <h2 id="bank-heading">{bankHeading(questions.data?.length, filtered)}</h2>
        <div className="question-filters">
          <TextField
            label="Search questions"
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          <SelectField label="Category" value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="">All categories</option>
            {(categories.data ?? []).map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </SelectField>
          <label className="choice">
            <input type="checkbox" checked={starredOnly} onChange={(e) => setStarredOnly(e.target.checked)} />
            Starred only
          </label>
        </div>
        {questions.error ? <ErrorMessage error={questions.error} /> : null}
        {questions.data ? (
          questions.data.length ? (
            <ul className="question-list" aria-label="Questions">
              {questions.data.map((q) => (
                <QuestionRow key={q.id} question={q} onChange={reload} />
              ))}
            </ul>
          ) : (
            <p className="muted">
              {filtered ? 'Try other words, another category, or all questions.' : 'No questions yet.'}
            </p>
          )
        ) : null}
      </section>
      <Modal title="Import questions" open={importing} onClose={() => setImporting(false)} size="wide">
        <ImportBank
          onCancel={() => setImporting(false)}
          onImported={() => {
            setImporting(false);
            reload();
          }}
        />
      </Modal>
    </>
  );
}

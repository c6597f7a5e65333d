import { formatDate, plural } from '#shared/format';
import { useDeferredValue, useState } from 'react';
import { Link } from 'wouter';
import type { SearchField } from '#shared/oneOnOnes/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { PageHeader } from '#renderer/components/PageHeader';
import { usePrivacy } from '../privacy';
import { PrivacyToggle } from '../PrivateNote';
import { Highlighted } from './Highlighted';
import { DatePicker } from '#renderer/components/pickers/DatePicker';
import { TextField } from '#renderer/components/InputFields';
import { PersonPicker } from '#renderer/components/pickers/PersonPicker';

const FIELD_LABELS: Record<SearchField, string> = {
  shared: 'Shared notes',
  private: 'Private notes',
  agenda: 'Agenda item',
  action: 'Action item',
};

export function SearchScreen() {
  const [text, setText] = useState('');
  const [personId, setPersonId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [tag, setTag] = useState('');
  const hidden = usePrivacy((s) => s.hidden);
  const deferredText = useDeferredValue(text);
  const cleanTag = tag.trim().toLowerCase();
  const query = {
    text: deferredText,
    personId: personId || null,
    from: from || null,
    to: to || null,
    // An unfinished tag is not sent: the search stays usable while it is typed.
    tag: /^[\p{L}\p{N}][\p{L}\p{N}-]{0,29}$/u.test(cleanTag) ? cleanTag : null,
    includePrivate: !hidden,
  };
  const hits = useRequest(() => call('oneOnOnes.search', query), JSON.stringify(query));
  const count = hits.data?.length ?? 0;
  return (
    <>
      <PageHeader
        title="Search 1:1 notes"
        subtitle="Shared and private notes, agenda items and actions."
        actions={<PrivacyToggle />}
      />
      <form
        className="filters filters--query-first"
        role="search"
        aria-label="Search 1:1 notes"
        onSubmit={(e) => e.preventDefault()}
      >
        <TextField
          label="Search"
          id="notes-search"
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          maxLength={500}
        />
        {/* Past notes are about people who left too. */}
        <PersonPicker
          label="Person"
          status="all"
          placeholder="Anyone"
          value={personId || null}
          onChange={(id) => setPersonId(id ?? '')}
        />
        <DatePicker label="From" value={from} onChange={setFrom} />
        <DatePicker label="To" value={to} onChange={setTo} />
        <TextField label="Tag" id="notes-tag" value={tag} onChange={(e) => setTag(e.target.value)} />
      </form>
      {hits.error ? <ErrorMessage error={hits.error} /> : null}
      <p className="muted" role="status">
        {deferredText.trim() === ''
          ? 'Type to search.'
          : hits.data
            ? count === 50
              ? '50+ results'
              : plural(count, 'result')
            : ''}
      </p>
      <ol className="search-hits">
        {hits.data?.map((h, i) => (
          <li
            key={`${h.meetingId ?? 'queue'}-${h.field}-${i}`}
            className={`search-hit${h.field === 'private' ? ' private-block' : ''}`}
          >
            <div className="search-hit__head">
              <Link
                href={h.meetingId ? `/one-on-ones/meeting/${h.meetingId}` : `/one-on-ones/person/${h.personId}`}
              >{`${h.personName}, ${formatDate(h.date)}`}</Link>
              <span className="badge">{FIELD_LABELS[h.field]}</span>
            </div>
            <p className="search-hit__snippet">
              <Highlighted snippet={h.snippet} />
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}

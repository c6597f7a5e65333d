import { useState } from 'react';
import { SUGGESTED_TAGS, type Meeting } from '#shared/oneOnOnes/model';
import { call } from '#renderer/api/client';
import { errorText } from '#renderer/api/serverErrors';

const MOODS = [1, 2, 3, 4, 5] as const;

/** Mood check (1–5) and topic tags; saved as soon as they change. */
export function DetailsPanel({ meeting }: { meeting: Meeting }) {
  const [tagText, setTagText] = useState(meeting.tags.join(', '));
  const [error, setError] = useState('');
  const [mood, setMood] = useState(meeting.mood);
  const readOnly = meeting.locked || meeting.status === 'moved';
  const save = async (nextMood: number | null, tags: string[]) => {
    setMood(nextMood);
    try {
      await call('oneOnOnes.saveDetails', { meetingId: meeting.id, mood: nextMood, tags });
      setError('');
    } catch (e) {
      setError(errorText(e));
    }
  };
  const parseTags = (text: string) =>
    text
      .split(/[,\s]+/)
      .map((t) => t.trim().toLowerCase())
      .filter(Boolean);
  return (
    <section className="panel" aria-labelledby="details-heading">
      <h2 id="details-heading">Mood and topics</h2>
      <fieldset className="mood" disabled={readOnly}>
        <legend>Mood / energy (1 low – 5 high)</legend>
        {MOODS.map((m) => (
          <label key={m} className="mood__option">
            <input
              type="radio"
              name="mood"
              value={m}
              checked={mood === m}
              onChange={() => void save(m, meeting.tags)}
            />
            {m}
          </label>
        ))}
        {mood !== null && !readOnly ? (
          <button type="button" className="button button--quiet" onClick={() => void save(null, meeting.tags)}>
            Clear mood
          </button>
        ) : null}
      </fieldset>
      <div className={`field${error ? ' field--invalid' : ''}`}>
        <label htmlFor="meeting-tags">Topic tags</label>
        <input
          id="meeting-tags"
          value={tagText}
          disabled={readOnly}
          list="tag-suggestions"
          aria-describedby={`meeting-tags-hint${error ? ' meeting-tags-error' : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setTagText(e.target.value)}
          onBlur={() => void save(mood, parseTags(tagText))}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void save(mood, parseTags(tagText));
            }
          }}
        />
        <datalist id="tag-suggestions">
          {SUGGESTED_TAGS.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
        <p id="meeting-tags-hint" className="field__hint">
          Separated by commas, e.g. career, feedback, wellbeing, delivery, team. “career” counts as a career
          conversation.
        </p>
        {error ? (
          <p id="meeting-tags-error" className="field__error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </section>
  );
}

import { useId, useState } from 'react';
import type { EvidenceOptions } from '#shared/evidence/contract';

interface Props {
  options: EvidenceOptions;
  chosen: string[];
  error?: string | undefined;
  onChange: (ids: string[]) => void;
}

/**
 * The competencies a piece of evidence supports: the person's ladder, grouped by area; or,
 * for someone not on a ladder, free tags (the ones used before, and new ones typed).
 */
export function CompetencyChoice({ options, chosen, error, onChange }: Props) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const toggle = (value: string, on: boolean) => onChange(on ? [...chosen, value] : chosen.filter((c) => c !== value));
  const errorLine = error ? (
    <p id={`${id}-error`} className="field__error" role="alert">
      {error}
    </p>
  ) : null;

  if (options.ladderName) {
    const areas = [...new Set(options.competencies.map((c) => c.area))];
    return (
      <fieldset
        className="evidence-form__competencies"
        aria-describedby={error ? `${id}-ladder ${id}-error` : `${id}-ladder`}
      >
        {/* The ladder in a line of its own: its name often has brackets of its own ("… (Cairn starter)"). */}
        <legend>Competencies it supports</legend>
        <p id={`${id}-ladder`} className="field__hint">
          From their ladder, {options.ladderName}.
        </p>
        {areas.map((area) => (
          <div key={area} className="evidence-form__area" role="group" aria-label={area}>
            <span className="evidence-form__area-name" aria-hidden="true">
              {area}
            </span>
            {options.competencies
              .filter((c) => c.area === area)
              .map((c) => (
                <label key={c.id} className="choice">
                  <input
                    type="checkbox"
                    checked={chosen.includes(c.id)}
                    onChange={(e) => toggle(c.id, e.target.checked)}
                  />{' '}
                  {c.name}
                </label>
              ))}
          </div>
        ))}
        {errorLine}
      </fieldset>
    );
  }
  const known = [...new Set([...options.tags, ...chosen])];
  const addTyped = () => {
    const fresh = typed
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t && !chosen.includes(t));
    if (fresh.length) onChange([...chosen, ...fresh]);
    setTyped('');
  };
  return (
    <fieldset className="evidence-form__competencies" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>Tags</legend>
      <p className="field__hint">Not on a ladder: tag the evidence in your own words.</p>
      {known.map((t) => (
        <label key={t} className="choice">
          <input type="checkbox" checked={chosen.includes(t)} onChange={(e) => toggle(t, e.target.checked)} /> {t}
        </label>
      ))}
      <div className="evidence-form__new-tag">
        <label htmlFor={`${id}-tag`}>New tag</label>
        <input
          id={`${id}-tag`}
          value={typed}
          autoComplete="off"
          onChange={(e) => setTyped(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              addTyped();
            }
          }}
          onBlur={addTyped}
        />
      </div>
      {errorLine}
    </fieldset>
  );
}

import { useId } from 'react';
import {
  RECOMMENDATION_LABELS,
  RECOMMENDATIONS,
  SCORE_LEVELS,
  type KitItem,
  type Rating,
  type Recommendation,
} from '#shared/interviews/model';
import { TextAreaField } from '#renderer/components/InputFields';

/**
 * Puts focus on the control of a scorecard field path ("ratings.1.evidence", "recommendation"):
 * the chosen radio of a group or its first one that can take focus, as the arrow keys expect.
 * A path with no control of its own (e.g. "ratings") leaves focus where it is.
 */
export function focusField(form: HTMLFormElement | null, field: string): void {
  const controls = [...(form?.querySelectorAll<HTMLInputElement>(`[data-field="${field}"]`) ?? [])].filter(
    (c) => !c.disabled,
  );
  (controls.find((c) => c.checked) ?? controls[0])?.focus();
}

/** One focus item: its four anchors are the choices, so the anchor text is always in view. */
export function ItemRating({
  item,
  index,
  rating,
  locked,
  errors,
  onChange,
}: {
  item: KitItem;
  index: number;
  rating: Rating;
  locked: boolean;
  errors: Record<string, string>;
  onChange: (r: Rating) => void;
}) {
  const name = useId();
  const scoreError = errors[`ratings.${index}.score`];
  return (
    <fieldset className="iv-rating" aria-describedby={scoreError ? `${name}-error` : undefined}>
      <legend>{item.name}</legend>
      <div
        className="iv-scale"
        role="radiogroup"
        aria-label={`Score for ${item.name}`}
        aria-invalid={scoreError ? true : undefined}
      >
        {SCORE_LEVELS.map((level, a) => (
          <label key={level} className={`iv-scale__option${rating.score === level ? ' iv-scale__option--chosen' : ''}`}>
            <input
              type="radio"
              name={name}
              data-field={`ratings.${index}.score`}
              value={level}
              checked={rating.score === level}
              disabled={locked}
              onChange={() => onChange({ ...rating, score: level })}
            />
            <span className="iv-scale__level">{level}</span>
            <span className="iv-scale__anchor">{item.anchors[a]}</span>
          </label>
        ))}
      </div>
      {scoreError ? (
        <p id={`${name}-error`} className="field__error" role="alert">
          {scoreError}
        </p>
      ) : null}
      {/* A locked card is read, not filled in: no "(required)" and no hint on what to write. */}
      <TextAreaField
        label={`Evidence for ${item.name}`}
        required={!locked}
        error={errors[`ratings.${index}.evidence`]}
        hint={locked ? undefined : 'What the candidate said or did that puts them at this level.'}
        data-field={`ratings.${index}.evidence`}
        rows={3}
        value={rating.evidence}
        readOnly={locked}
        onChange={(e) => onChange({ ...rating, evidence: e.target.value })}
      />
    </fieldset>
  );
}

/** Strong no / no / yes / strong yes, open only once every item has a score. */
export function RecommendationField({
  value,
  allRated,
  locked,
  error,
  onChange,
}: {
  value: Recommendation | null;
  allRated: boolean;
  locked: boolean;
  error: string | undefined;
  onChange: (r: Recommendation) => void;
}) {
  const id = useId();
  return (
    <fieldset
      className="iv-rating"
      aria-describedby={
        [locked ? null : `${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined
      }
    >
      <legend>Overall recommendation</legend>
      {/* Once locked the choice is made: the advice on making it goes. */}
      {locked ? null : (
        <p id={`${id}-hint`} className="field__hint">
          {allRated
            ? 'No neutral option: lean one way.'
            : 'Rate every competency first; the overall recommendation comes after.'}
        </p>
      )}
      <div className="iv-recs">
        {RECOMMENDATIONS.map((r) => (
          <label key={r} className="choice">
            <input
              type="radio"
              name={id}
              data-field="recommendation"
              value={r}
              checked={value === r}
              disabled={locked || !allRated}
              onChange={() => onChange(r)}
            />
            {RECOMMENDATION_LABELS[r]}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

import type { RatingScale } from '#shared/ladders/scale';

/**
 * The steps of a ladder's own scale, with what each means, where ratings are given or read.
 * The standard scale's three steps explain themselves and have no descriptions, so nothing
 * shows for it.
 */
export function ScaleLegend({ scale }: { scale: RatingScale }) {
  if (!scale.steps.some((s) => s.description)) return null;
  return (
    <dl className="scale-legend" aria-label="Rating scale">
      {scale.steps.map((step) => (
        <div key={step.id} className="scale-legend__step">
          <dt>
            {step.name}
            {step.id === scale.meets ? <span className="muted"> · meets the level</span> : null}
          </dt>
          <dd>{step.description || '—'}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The scale in one line, lowest step first, the step that meets the level marked. */
export function ScaleSummary({ scale, custom }: { scale: RatingScale; custom: boolean }) {
  return (
    <p className="scale-summary">
      <span className="muted">{custom ? 'Its own rating scale: ' : 'Standard rating scale: '}</span>
      {scale.steps.map((step, i) => (
        <span key={step.id}>
          {i > 0 ? ' · ' : ''}
          {step.id === scale.meets ? <strong>{step.name} (meets the level)</strong> : step.name}
        </span>
      ))}
    </p>
  );
}

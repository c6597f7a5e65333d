import { z } from 'zod';
import { optionalText, requiredLine } from '../schemas/fields';

/**
 * A ladder's rating scale: named steps, lowest first, and the step that means "meets what
 * the level expects" (the bar). Steps below the bar are gaps; steps above it are signs of the
 * next level. A ladder without a scale uses STANDARD_SCALE, whose step ids are the ratings
 * every assessment made before scales existed was stored with, so those keep their meaning.
 *
 * The scale belongs to the ladder document, and a document version never changes once an
 * assessment points at it: an assessment is always read on the scale it was rated on.
 */
export const SCALE_STEPS_MIN = 2;
export const SCALE_STEPS_MAX = 7;

const stepKey = z
  .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
  .trim()
  .min(1, 'must not be empty')
  .max(60, 'must be at most 60 characters')
  .regex(/^[^\s]+$/, 'must not contain spaces');

export const ratingStepSchema = z.strictObject({
  id: stepKey,
  name: requiredLine('Step name', 60),
  description: optionalText('Step description', 500).default(''),
});

export const ratingScaleSchema = z.strictObject({
  steps: z
    .array(ratingStepSchema, { message: 'must be a list of steps' })
    .min(SCALE_STEPS_MIN, `must have at least ${SCALE_STEPS_MIN} steps, lowest first`)
    .max(SCALE_STEPS_MAX, `must have at most ${SCALE_STEPS_MAX} steps`),
  /** The id of the step that means the level's expectations are met. */
  meets: stepKey,
});

export type RatingStep = z.output<typeof ratingStepSchema>;
export type RatingScale = z.output<typeof ratingScaleSchema>;
/** A rating is the id of a step of the assessment's scale. */
export type Rating = string;

export const STANDARD_SCALE: RatingScale = {
  steps: [
    { id: 'working_towards', name: 'Working towards', description: '' },
    { id: 'meeting', name: 'Meeting', description: '' },
    { id: 'exceeding', name: 'Exceeding', description: '' },
  ],
  meets: 'meeting',
};

/** The scale a ladder document rates on: its own, or the standard one. */
export function scaleOf(doc: { scale?: RatingScale | undefined }): RatingScale {
  return doc.scale ?? STANDARD_SCALE;
}

/** Duplicate ids or names, and a bar that is not one of the steps: [path inside the scale, message]. */
export function scaleProblems(scale: RatingScale): { path: (string | number)[]; message: string }[] {
  const out: { path: (string | number)[]; message: string }[] = [];
  const ids = new Set<string>();
  const names = new Set<string>();
  scale.steps.forEach((step, i) => {
    if (ids.has(step.id))
      out.push({
        path: ['steps', i, 'id'],
        message: `“${step.id}” is already used by another step: give each its own`,
      });
    const name = step.name.toLocaleLowerCase();
    if (names.has(name))
      out.push({
        path: ['steps', i, 'name'],
        message: `Another step is already called “${step.name}”: give each its own name`,
      });
    ids.add(step.id);
    names.add(name);
  });
  // With no steps at all, the missing steps are the problem to report, not the bar.
  if (scale.steps.length > 0 && !ids.has(scale.meets))
    out.push({
      path: ['meets'],
      message: `"${scale.meets}" is not one of the steps; name the step that meets the level`,
    });
  return out;
}

export function stepIndex(scale: RatingScale, rating: Rating): number {
  return scale.steps.findIndex((s) => s.id === rating);
}

/** A rating in the scale's words; an id the scale does not know is shown as it is stored. */
export function stepName(scale: RatingScale, rating: Rating): string {
  return scale.steps.find((s) => s.id === rating)?.name ?? rating;
}

/** Where a rating stands against the level's bar. */
export function barOf(scale: RatingScale, rating: Rating): 'below' | 'meets' | 'above' {
  const bar = stepIndex(scale, scale.meets);
  const at = stepIndex(scale, rating);
  return at < bar ? 'below' : at > bar ? 'above' : 'meets';
}

/** Two scales are the same when their steps and bar are: then ratings on them compare directly. */
export function sameScale(a: RatingScale, b: RatingScale): boolean {
  return a.meets === b.meets && a.steps.map((s) => s.id).join('\u0000') === b.steps.map((s) => s.id).join('\u0000');
}

/** How many of the ratings are on each step, in scale order. */
export function countSteps(scale: RatingScale, ratings: readonly Rating[]): { step: RatingStep; count: number }[] {
  return scale.steps.map((step) => ({ step, count: ratings.filter((r) => r === step.id).length }));
}

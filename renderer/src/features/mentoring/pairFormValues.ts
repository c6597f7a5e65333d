import { z } from 'zod';
import { agreementSchema, MAX_FOCUS_AREAS, type CreatePairInput, type PairDetail } from '#shared/mentoring/model';
import { agreementProblems, pairPeopleProblems } from '#shared/mentoring/rules';
import { addProblems } from '#shared/rules/problem';
import { idSchema, optionalText } from '#shared/schemas/fields';

/** Splits "testing, system design; hiring" into trimmed, de-duplicated names. */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/[,;\n]/)
    .map((t) => t.trim())
    .filter((t) => {
      const key = t.toLowerCase();
      if (!t || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

export const CADENCE_CHOICES = ['7', '14', '30', 'custom'] as const;

/**
 * What the pair form edits: the shared agreement rules plus form-only shapes (focus areas
 * typed as one list, cadence as a preset or a number of days).
 */
export const pairFormSchema = z
  .strictObject({
    mentorId: idSchema.or(z.literal('')).refine((v) => v !== '', 'Choose the mentor'),
    menteeId: idSchema.or(z.literal('')).refine((v) => v !== '', 'Choose the mentee'),
    status: z.enum(['proposed', 'active']),
    focusAreas: z
      .string()
      .max(1000, 'Focus areas must be at most 1000 characters: shorten them.')
      .refine((t) => splitList(t).length <= MAX_FOCUS_AREAS, `At most ${MAX_FOCUS_AREAS} focus areas`)
      .refine(
        (t) => splitList(t).every((n) => n.length <= 120),
        'Each focus area must be at most 120 characters: shorten it.',
      ),
    goals: optionalText('Goals', 4000),
    expectations: agreementSchema.shape.expectations,
    cadence: z.enum(CADENCE_CHOICES),
    customDays: z.string(),
    startDate: agreementSchema.shape.startDate,
    plannedEnd: agreementSchema.shape.plannedEnd,
  })
  .superRefine((v, ctx) => {
    addProblems(ctx, pairPeopleProblems(v.mentorId, v.menteeId));
    if (v.cadence === 'custom') {
      const days = Number(v.customDays);
      if (!/^\d+$/.test(v.customDays.trim()) || days < 1 || days > 180) {
        ctx.addIssue({ code: 'custom', path: ['customDays'], message: 'Enter a whole number of days from 1 to 180' });
      }
    }
    addProblems(ctx, agreementProblems(v), (field) => formFieldOf(field) ?? field);
  });
export type PairFormValues = z.infer<typeof pairFormSchema>;

export function toPairInput(v: PairFormValues): CreatePairInput {
  const cadenceDays = v.cadence === 'custom' ? Number(v.customDays) : Number(v.cadence);
  return {
    mentorId: v.mentorId,
    menteeId: v.menteeId,
    status: v.status,
    fields: {
      focusAreas: splitList(v.focusAreas).map((name) => ({ name, competencyId: null })),
      goals: v.goals,
      agreement: { expectations: v.expectations, cadenceDays, startDate: v.startDate, plannedEnd: v.plannedEnd },
    },
  };
}

export function valuesOf(pair: PairDetail): PairFormValues {
  const preset = (['7', '14', '30'] as const).find((c) => Number(c) === pair.cadenceDays);
  return {
    mentorId: pair.mentor.id,
    menteeId: pair.mentee.id,
    status: pair.status === 'proposed' ? 'proposed' : 'active',
    focusAreas: pair.focusAreas.map((f) => f.name).join(', '),
    goals: pair.goals,
    expectations: pair.expectations,
    cadence: preset ?? 'custom',
    customDays: preset ? '' : String(pair.cadenceDays),
    startDate: pair.startDate,
    plannedEnd: pair.plannedEnd,
  };
}

/** Server field paths ("fields.agreement.startDate") to the form's own field names. */
export function formFieldOf(serverField: string | undefined): keyof PairFormValues | null {
  if (!serverField) return null;
  const last =
    serverField
      .split('.')
      .filter((p) => !/^\d+$/.test(p))
      .pop() ?? '';
  if (last === 'cadenceDays') return 'customDays';
  const known: (keyof PairFormValues)[] = [
    'mentorId',
    'menteeId',
    'focusAreas',
    'goals',
    'expectations',
    'startDate',
    'plannedEnd',
  ];
  return known.includes(last as keyof PairFormValues) ? (last as keyof PairFormValues) : null;
}

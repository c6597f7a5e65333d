import { z } from 'zod';
import { isoDateTimeSchema, requiredLine, requiredMessage } from '../schemas/fields';
import { KIT_KINDS, recommendationSchema, scoreSchema } from './model';

/**
 * The file an interviewer exports from their own Cairn and sends to the hiring manager.
 * Documented in docs/scorecard-format.md. The checksum is SHA-256 over `canonicalJson` of
 * every field except `checksum`: it catches accidental and naive edits, it is not a signature.
 */
export const SCORECARD_FILE_FORMAT = 'cairn-scorecard';
export const SCORECARD_FILE_VERSION = 1;

export const scorecardFileSchema = z.strictObject({
  format: z.literal(SCORECARD_FILE_FORMAT, { message: `must be “${SCORECARD_FILE_FORMAT}”` }),
  version: z.literal(SCORECARD_FILE_VERSION, { message: `must be ${SCORECARD_FILE_VERSION}` }),
  exportedAt: isoDateTimeSchema,
  role: z.string().max(200),
  stage: requiredLine('Stage', 120),
  kind: z.enum(KIT_KINDS),
  /** The candidate's name; for a work sample, the alias the grader saw instead. */
  candidate: requiredLine('Candidate', 200),
  interviewer: requiredLine('Interviewer', 200),
  submittedAt: isoDateTimeSchema,
  recommendation: recommendationSchema,
  ratings: z
    .array(
      z.strictObject({
        item: z.string().min(1).max(120),
        score: scoreSchema,
        evidence: z.string().trim().min(1, requiredMessage('Evidence')).max(4000),
      }),
    )
    .min(1)
    .max(12),
  checksum: z.strictObject({
    algorithm: z.literal('sha256'),
    value: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 hex digits'),
  }),
});
export type ScorecardFile = z.infer<typeof scorecardFileSchema>;

/**
 * One byte sequence per value: object keys sorted by code unit, no whitespace, arrays in
 * order, strings and numbers as JSON.stringify writes them. `undefined` members are left out.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

import { z } from 'zod';

/** Row ids are UUIDs so exports from two machines can be merged without clashes. */
export const idSchema = z.uuid({ message: 'must be a valid id' });

/** Required free text, trimmed, with a limit the message states. */
export function requiredText(label: string, max: number) {
  return z
    .string({ message: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`);
}

/** Optional free text: empty string means "not given". */
export function optionalText(label: string, max: number) {
  return z.string().trim().max(max, `${label} must be at most ${max} characters`);
}

/** A calendar date as YYYY-MM-DD that exists (no 31 February). */
export const isoDateSchema = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .max(64, 'must be an IANA time zone such as Europe/Berlin')
  .refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin');

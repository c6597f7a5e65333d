import { useState } from 'react';
import { RequestError } from './client';
import { errorText } from './serverErrors';

/** A refusal placed on a form: beside one of its fields, or (field null) on the form itself. */
export interface Refusal<F extends string> {
  field: F | null;
  message: string;
}

/**
 * Where a refusal from the store goes in a form whose fields are `fields`: the whole path it
 * names (after removing `strip`, e.g. "fields." around a kit's fields) when the path's first
 * part is one of the form's fields, or null (the form itself). The same rule as
 * `applyServerError`; forms with indexed fields (a scorecard's "ratings.2.score") keep the path.
 */
export function refusalAt(
  error: unknown,
  fields: readonly string[],
  strip = '',
): { path: string | null; message: string } {
  const message = errorText(error);
  const named = error instanceof RequestError ? error.field : undefined;
  const path = named && strip && named.startsWith(strip) ? named.slice(strip.length) : named;
  const first = path?.split('.')[0];
  return { path: path && first && fields.includes(first) ? path : null, message };
}

/** `refusalAt` for a form whose fields are not indexed: the field is the path's first part. */
export function refusalFor<F extends string>(error: unknown, fields: readonly F[], strip = ''): Refusal<F> {
  const { path, message } = refusalAt(error, fields, strip);
  return { field: (path?.split('.')[0] as F | undefined) ?? null, message };
}

/**
 * The one way a form kept in `useState` (not react-hook-form: those use `applyServerError`)
 * shows a refusal: `show(error)` after a command fails, `refuse(field, message)` for a check
 * made before sending; `on(field)` is the message to put beside that field, `formError` the
 * one that belongs to no field (for `FormError`).
 */
export function useRefusal<F extends string>(fields: readonly F[], strip = '') {
  const [refusal, setRefusal] = useState<Refusal<F> | null>(null);
  return {
    refusal,
    on: (field: F) => (refusal?.field === field ? refusal.message : undefined),
    formError: refusal && refusal.field === null ? refusal.message : undefined,
    show: (error: unknown) => setRefusal(refusalFor(error, fields, strip)),
    refuse: (field: F | null, message: string) => setRefusal({ field, message }),
    clear: () => setRefusal(null),
  };
}

import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { RequestError } from './client';

/** Server messages start with the field name for logs and API users; beside the field it is redundant. */
export const withoutFieldPrefix = (message: string) => message.replace(/^[\w.]+: /, '');

/**
 * Puts a refusal from the store beside the field it concerns. `strip` removes the part of
 * the server's path that the form does not have (e.g. "fields." around a kit's fields).
 */
export function applyServerError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly string[],
  strip = '',
): void {
  if (error instanceof RequestError && error.field) {
    const path = error.field.startsWith(strip) ? error.field.slice(strip.length) : error.field;
    if (fields.includes(path.split('.')[0]!)) {
      setError(path as Path<T>, { message: withoutFieldPrefix(error.message) }, { shouldFocus: true });
      return;
    }
  }
  setError('root' as Path<T>, { message: error instanceof Error ? error.message : String(error) });
}

export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

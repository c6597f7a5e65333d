import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { RequestError } from './client';

/**
 * The form fields a refusal may be put beside: their names (a server path whose first part is
 * one of them is kept as it is), or a function from the server's path to the form's (null
 * when the form has no such field).
 */
export type ServerFieldMap<T extends FieldValues> = readonly string[] | ((serverField: string) => Path<T> | null);

/**
 * The one way a form shows a refusal from the store: beside the field it names (the
 * refusal carries the field apart from its words, IpcError.field), focused; or, when the
 * form has no such field, at `otherwise` (the form's own alert unless said). `strip` removes
 * the part of the server's path that the form does not have (e.g. "fields." around a kit's
 * fields).
 */
export function applyServerError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: ServerFieldMap<T>,
  strip = '',
  otherwise: Path<T> | 'root' = 'root',
): void {
  const message = errorText(error);
  const path = error instanceof RequestError && error.field ? formPath(error.field, fields, strip) : null;
  if (path) setError(path, { message }, { shouldFocus: true });
  else setError(otherwise as Path<T>, { message }, { shouldFocus: otherwise !== 'root' });
}

function formPath<T extends FieldValues>(field: string, fields: ServerFieldMap<T>, strip: string): Path<T> | null {
  const path = strip && field.startsWith(strip) ? field.slice(strip.length) : field;
  if (typeof fields === 'function') return fields(path);
  return fields.includes(path.split('.')[0]!) ? (path as Path<T>) : null;
}

export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

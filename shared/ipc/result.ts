/**
 * Electron only carries an Error's message across the bridge, so every handler returns its
 * outcome as data: the window can show the code, the message and the field it concerns.
 */
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'forbidden',
  'unknown_channel',
  /** The store is still locked: the key has not been given yet. */
  'locked',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface IpcError {
  code: ErrorCode;
  message: string;
  /** Dotted path of the input field the error is about, when there is one. */
  field?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, field?: string): Result<never> {
  return { ok: false, error: field === undefined ? { code, message } : { code, message, field } };
}

import type { z } from 'zod';

/** Turns the first problem zod found into one sentence and, apart, the field it concerns. */
export function describeIssue(error: z.ZodError): { message: string; field?: string } {
  const issue = error.issues[0];
  if (!issue) return { message: 'The request was not valid.' };
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const field = [...path, key].join('.');
    return { message: `Unknown field "${field}".`, field };
  }
  const field = path.join('.');
  // The field travels beside the message (IpcError.field), never inside it: the window puts the words next to that field.
  return field ? { message: issue.message, field } : { message: issue.message };
}

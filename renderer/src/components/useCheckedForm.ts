import { useForm, type FieldErrors, type FieldValues, type UseFormProps, type UseFormReturn } from 'react-hook-form';

/*
 * When a form says something is wrong, the one rule every form follows: once it has been
 * submitted, or on a field the user has typed into and then left (touched and dirty). Never
 * on a field they only passed through (Tab, or opening the calendar beside it), nor on a row
 * they have just added and not reached yet. react-hook-form has no such mode: it validates
 * on leaving ('onTouched') and this hides what the rule does not show yet.
 */

type Marks = boolean | Marks[] | { [key: string]: Marks } | undefined;

/** True when the mark, or any mark under it (a row of a list, a part of an object), is set. */
function anyMarked(marks: unknown): boolean {
  if (marks === true) return true;
  if (marks && typeof marks === 'object') return Object.values(marks).some(anyMarked);
  return false;
}

/** A field's own error: react-hook-form's FieldError carries its kind as a string. */
function isFieldError(node: object): boolean {
  return typeof (node as { type?: unknown }).type === 'string';
}

function shown(errors: unknown, touched: Marks, dirty: Marks): unknown {
  if (!errors || typeof errors !== 'object') return undefined;
  if (isFieldError(errors)) return anyMarked(touched) && anyMarked(dirty) ? errors : undefined;
  const keys = Object.keys(errors);
  const kept: Record<string, unknown> | unknown[] = Array.isArray(errors) ? [] : {};
  let any = false;
  for (const key of keys) {
    const part = (errors as Record<string, unknown>)[key];
    const child = (m: Marks) => (m && typeof m === 'object' ? (m as Record<string, Marks>)[key] : undefined);
    // A list's own error ("add at least one") is under `root`: it belongs to the whole list.
    const visible = key === 'root' ? shown(part, touched, dirty) : shown(part, child(touched), child(dirty));
    if (visible !== undefined) {
      (kept as Record<string, unknown>)[key] = visible;
      any = true;
    }
  }
  return any ? kept : undefined;
}

/** The errors the rule above lets the user see now; a submitted form shows them all. */
export function shownErrors<T extends FieldValues>(
  errors: FieldErrors<T>,
  state: { touchedFields: unknown; dirtyFields: unknown; isSubmitted: boolean },
): FieldErrors<T> {
  if (state.isSubmitted) return errors;
  const { root, ...fields } = errors;
  const visible = (shown(fields, state.touchedFields as Marks, state.dirtyFields as Marks) ?? {}) as FieldErrors<T>;
  // A form-level refusal is set by the form itself, never by leaving a field.
  return root ? ({ ...visible, root } as FieldErrors<T>) : visible;
}

/**
 * react-hook-form's useForm with that rule: every Cairn form uses this instead, so its
 * `formState.errors` holds only what may be shown. Error lines keep their place during a
 * click through Field's useSettledError.
 */
export function useCheckedForm<TFieldValues extends FieldValues, TContext = unknown, TTransformed = TFieldValues>(
  props: Omit<UseFormProps<TFieldValues, TContext, TTransformed>, 'mode' | 'reValidateMode'>,
): UseFormReturn<TFieldValues, TContext, TTransformed> {
  const form = useForm<TFieldValues, TContext, TTransformed>({
    ...props,
    mode: 'onTouched',
    reValidateMode: 'onChange',
  });
  const state = form.formState;
  const errors = shownErrors(state.errors, state);
  // formState is react-hook-form's subscription proxy: read through it, so a form still
  // re-renders only for what it reads.
  const formState = new Proxy(state, {
    get: (target, key) => (key === 'errors' ? errors : Reflect.get(target, key)),
  });
  return { ...form, formState };
}

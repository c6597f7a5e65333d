import type { ComponentProps } from 'react';
import { Field, type FieldProps } from './Field';

/*
 * The common controls of a form, each in its Field (label, hint, error beside it). They take
 * the control's own props, so a form writes `<TextField label="Title" error={…}
 * {...register('title')} />`. `required` marks the label only: the form's schema checks it.
 */

type Labelled<Control extends 'input' | 'textarea' | 'select'> = Omit<FieldProps, 'children'> &
  Omit<ComponentProps<Control>, 'required' | 'id'>;

/** A one-line text (or number) box; the browser's autofill stays off, as everywhere in Cairn. */
export function TextField({ label, error, hint, required, id, ...input }: Labelled<'input'>) {
  return (
    <Field label={label} error={error} hint={hint} required={required} id={id}>
      {(ids) => <input {...ids} autoComplete="off" {...input} />}
    </Field>
  );
}

/** A box for a few lines of text. */
export function TextAreaField({ label, error, hint, required, id, ...textarea }: Labelled<'textarea'>) {
  return (
    <Field label={label} error={error} hint={hint} required={required} id={id}>
      {(ids) => <textarea {...ids} {...textarea} />}
    </Field>
  );
}

/** A list to choose from; its <option>s are the children. */
export function SelectField({ label, error, hint, required, id, ...select }: Labelled<'select'>) {
  return (
    <Field label={label} error={error} hint={hint} required={required} id={id}>
      {(ids) => <select {...ids} {...select} />}
    </Field>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import type { BaseSyntheticEvent } from 'react';
import type { DefaultValues, FieldValues, Path, Resolver, UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { applyServerError, type ServerFieldMap } from '#renderer/api/serverErrors';
import { useCheckedForm } from './useCheckedForm';

interface SavingFormOptions<TFieldValues extends FieldValues, TTransformed> {
  /** The form's own check, made as the user types and before anything is sent. */
  schema?: z.ZodType<TTransformed, TFieldValues>;
  defaultValues: DefaultValues<TFieldValues>;
  /**
   * Sends what passed the check (and says where it went: onSaved, a toast, a reset). A
   * refusal it throws stands beside the field it names; nothing the user typed is lost.
   */
  save: (values: TTransformed, form: UseFormReturn<TFieldValues, unknown, TTransformed>) => Promise<unknown>;
  /** Where a refusal may stand (applyServerError); by default the schema's own fields. */
  refusalFields?: ServerFieldMap<TFieldValues>;
  /** The part of the store's path the form does not have, e.g. "fields." around a kit's fields. */
  strip?: string;
  /** Where a refusal naming no field of the form goes: the form's own alert unless said. */
  otherwise?: Path<TFieldValues> | 'root';
}

/** The top-level fields of an object schema (a refined one keeps its shape in zod 4). */
function schemaFields(schema: unknown): string[] {
  const shape = (schema as { shape?: object } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

/**
 * The one way a Cairn form that saves is set up: useCheckedForm (when errors show) with the
 * schema as its resolver, and `submit`, which checks, saves and maps the store's refusal
 * onto its field through applyServerError. Every form that sends what it holds uses this.
 */
export function useSavingForm<TFieldValues extends FieldValues, TTransformed = TFieldValues>({
  schema,
  defaultValues,
  save,
  refusalFields,
  strip = '',
  otherwise = 'root',
}: SavingFormOptions<TFieldValues, TTransformed>) {
  const form = useCheckedForm<TFieldValues, unknown, TTransformed>({
    defaultValues,
    ...(schema ? { resolver: zodResolver(schema) as Resolver<TFieldValues, unknown, TTransformed> } : {}),
  });
  const fields = refusalFields ?? schemaFields(schema);
  const submit: (event?: BaseSyntheticEvent) => Promise<void> = form.handleSubmit(async (values) => {
    try {
      await save(values, form);
    } catch (error) {
      applyServerError(error, form.setError, fields, strip, otherwise);
    }
  });
  // What every form reads: its shown errors and whether a save is under way (read through
  // formState's proxy, which subscribes the form to them).
  const { errors, isSubmitting } = form.formState;
  return { ...form, submit, errors, isSubmitting };
}

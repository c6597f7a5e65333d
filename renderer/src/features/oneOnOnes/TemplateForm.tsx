import { TextField, TextAreaField } from '#renderer/components/InputFields';
import type { Template } from '#shared/oneOnOnes/model';
import { call } from '#renderer/api/client';
import { FormError } from '#renderer/components/FormError';
import { useSavingForm } from '#renderer/components/useSavingForm';
import { FormActions } from '#renderer/components/FormActions';

interface TemplateFormValues {
  name: string;
  /** One agenda item per line, as the manager types them. */
  items: string;
}

const itemsOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** A refusal of the whole list or of one item ("items.3") belongs beside the one box that holds them. */
const formField = (serverField: string) =>
  serverField === 'name' ? 'name' : serverField.split('.')[0] === 'items' ? 'items' : null;

/**
 * A template's name and agenda items, in a dialog. The store checks them (one home for the
 * rule, templateFieldsSchema); a refusal stands beside the field it names.
 */
export function TemplateForm({
  template,
  submitLabel,
  onSaved,
  onCancel,
}: {
  template: Template;
  submitLabel: string;
  onSaved: (saved: Template) => void;
  onCancel: () => void;
}) {
  const { register, submit, errors, isSubmitting } = useSavingForm<TemplateFormValues>({
    defaultValues: { name: template.name, items: template.items.join('\n') },
    save: async ({ name, items }) =>
      onSaved(await call('oneOnOnes.saveTemplate', { id: template.id, name, items: itemsOf(items) })),
    refusalFields: formField,
  });

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <TextField label="Name" required error={errors.name?.message} {...register('name')} />
      <TextAreaField
        label="Agenda items, one per line"
        error={errors.items?.message}
        hint={template.builtIn ? 'Comes with Cairn; your edits are kept.' : undefined}
        {...register('items')}
        rows={Math.max(6, template.items.length + 1)}
      />
      <FormError message={errors.root?.message} />
      <FormActions submitLabel={submitLabel} busy={isSubmitting} onCancel={onCancel} />
    </form>
  );
}

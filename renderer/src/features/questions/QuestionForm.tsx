import { TextField, TextAreaField } from '#renderer/components/InputFields';
import type { Question } from '#shared/questions/model';
import { call } from '#renderer/api/client';
import { FormActions } from '#renderer/components/FormActions';
import { FormError } from '#renderer/components/FormError';
import { useSavingForm } from '#renderer/components/useSavingForm';

interface QuestionFormValues {
  text: string;
  category: string;
}

/**
 * A question's words and category, in a dialog. The store checks them (updateQuestionSchema,
 * one home for the rule); a refusal stands beside the field it names and nothing is saved.
 */
export function QuestionForm({
  question,
  onSaved,
  onCancel,
}: {
  question: Question;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { register, submit, errors, isSubmitting } = useSavingForm<QuestionFormValues>({
    defaultValues: { text: question.text, category: question.category },
    save: async ({ text, category }) => {
      await call('questions.update', { id: question.id, text, category });
      onSaved();
    },
    refusalFields: ['text', 'category'],
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Edit question">
      <TextAreaField label="Question" required error={errors.text?.message} {...register('text')} rows={3} />
      <TextField
        label="Category"
        error={errors.category?.message}
        hint="Questions are drawn into a 1:1 by category."
        {...register('category')}
      />
      <FormError message={errors.root?.message} />
      <FormActions submitLabel="Save question" busy={isSubmitting} onCancel={onCancel} />
    </form>
  );
}

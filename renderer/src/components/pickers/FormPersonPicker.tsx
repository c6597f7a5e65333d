import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { PersonPicker, type PersonPickerProps } from './PersonPicker';

/**
 * PersonPicker bound to a react-hook-form field holding a person's id. `emptyAs` is what
 * nobody chosen is stored as: '' where the schema asks for someone, null where it is optional.
 */
export function FormPersonPicker<T extends FieldValues>({
  control,
  name,
  emptyAs = '',
  ...rest
}: { control: Control<T>; name: FieldPath<T>; emptyAs?: '' | null } & Omit<
  PersonPickerProps,
  'value' | 'onChange' | 'onBlur' | 'inputRef'
>) {
  const { field } = useController({ control, name });
  return (
    <PersonPicker
      {...rest}
      value={(field.value as string | null | undefined) || null}
      onChange={(id) => field.onChange(id ?? emptyAs)}
      onBlur={field.onBlur}
      inputRef={field.ref}
    />
  );
}

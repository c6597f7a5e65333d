import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { DatePicker, type DatePickerProps } from './DatePicker';
import { TimeField, type TimeFieldProps } from './TimeField';

type Bound<T extends FieldValues> = {
  control: Control<T>;
  name: FieldPath<T>;
};

/**
 * DatePicker bound to a react-hook-form field. `emptyAs` is what an empty day is stored as:
 * null for optional days the schema keeps as null, '' where the schema asks for a day.
 */
export function FormDatePicker<T extends FieldValues>({
  control,
  name,
  emptyAs = '',
  ...rest
}: Bound<T> & { emptyAs?: '' | null } & Omit<
    DatePickerProps,
    'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'inputRef' | 'name'
  >) {
  const { field } = useController({ control, name });
  return (
    <DatePicker
      {...rest}
      value={(field.value as string | null | undefined) ?? ''}
      onChange={(day) => field.onChange(day === '' ? emptyAs : day)}
      onBlur={field.onBlur}
      inputRef={field.ref}
    />
  );
}

/** TimeField bound to a react-hook-form field holding 'HH:mm'. */
export function FormTimeField<T extends FieldValues>({
  control,
  name,
  ...rest
}: Bound<T> & Omit<TimeFieldProps, 'value' | 'onChange' | 'onBlur' | 'inputRef'>) {
  const { field } = useController({ control, name });
  return (
    <TimeField
      {...rest}
      value={(field.value as string | undefined) ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
    />
  );
}

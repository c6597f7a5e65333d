import { PERIODS, type PeriodKey } from './period';
import { SelectField } from '#renderer/components/InputFields';

/** The period the evidence log and a draft are seen over: one select, the same choices everywhere. */
export function PeriodField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: PeriodKey;
  onChange: (period: PeriodKey) => void;
}) {
  return (
    <SelectField label="Period" id={id} value={value} onChange={(e) => onChange(e.target.value as PeriodKey)}>
      {PERIODS.map((p) => (
        <option key={p.key} value={p.key}>
          {p.label}
        </option>
      ))}
    </SelectField>
  );
}

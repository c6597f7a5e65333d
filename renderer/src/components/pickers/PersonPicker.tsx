import { useState } from 'react';
import { ComboBox } from 'react-aria-components';
import type { PersonChoice } from '#shared/people/search';
import { PERSON_SEARCH_TEXT_MAX } from '#shared/people/searchLimits';
import { useSettledError } from '../useSettledError';
import type { PickerFieldProps } from './PickerFieldText';
import { PickerComboParts } from './PickerComboParts';
import { usePersonSearch } from './usePersonSearch';

export interface PersonPickerProps extends PickerFieldProps<HTMLInputElement> {
  label?: string;
  /** The chosen person's id; null when nobody is chosen. */
  value: string | null;
  /** With the person chosen (their name and what the list showed), or null when cleared. */
  onChange: (personId: string | null, person: PersonChoice | null) => void;
  /** Active people (the default), or everyone, people who left too (a search of past notes). */
  status?: 'active' | 'all';
  /** People not to offer. */
  exclude?: readonly string[];
  placeholder?: string;
  autoFocus?: boolean;
  isDisabled?: boolean;
}

/** The quieter words beside a name: role, team, and whether they left. */
function detailOf(p: PersonChoice): string {
  return [p.title, p.teamName, p.status === 'left' ? 'left' : ''].filter(Boolean).join(' · ');
}

const toOption = (p: PersonChoice) => ({ id: p.id, label: p.name, ...(detailOf(p) ? { detail: detailOf(p) } : {}) });

/**
 * Choose one person by typing the start of their name, role or team. Each keystroke asks the
 * server (people.search) for the few people that match, so a picker never loads everyone; an
 * answer to older text is dropped (useRequest). The chosen person's name is asked for by id.
 * Input and selection are both controlled (react-aria's pattern for a list loaded elsewhere):
 * while typing the input shows the text; otherwise the chosen person's name, or nothing.
 */
export function PersonPicker({
  label = 'Person',
  value,
  onChange,
  onBlur,
  status = 'active',
  exclude,
  hint,
  error: given,
  required,
  inputRef,
  placeholder = 'Type a name',
  autoFocus,
  isDisabled,
}: PersonPickerProps) {
  const error = useSettledError(given);
  const [typed, setTyped] = useState<string | null>(null);
  // The name of the person just chosen, shown at once, before the server has said it again.
  const [picked, setPicked] = useState<PersonChoice | null>(null);
  const search = usePersonSearch({ text: typed ?? '', status, exclude, chosen: value });
  const options = (search.data?.matches ?? []).map(toOption);
  const chosen = value === null ? null : picked?.id === value ? picked : search.data?.chosen[0];
  return (
    <ComboBox
      className={`field picker${error ? ' field--invalid' : ''}`}
      items={options}
      inputValue={typed ?? chosen?.name ?? ''}
      onInputChange={(text) => {
        setTyped(text);
        if (!text.trim() && value !== null) onChange(null, null);
      }}
      selectedKey={value}
      onSelectionChange={(key) => {
        // Leaving the field mid-typing also lands here, with the chosen key or (when the chosen
        // person is not among the matches shown) with none: either way the chosen name comes
        // back. Only emptying the field chooses nobody (onInputChange).
        setTyped(null);
        const match = key === null ? undefined : search.data?.matches.find((p) => p.id === String(key));
        if (!match) return;
        setPicked(match);
        if (match.id !== value) onChange(match.id, match);
      }}
      {...(onBlur ? { onBlur } : {})}
      allowsEmptyCollection
      isInvalid={Boolean(error)}
      {...(isDisabled ? { isDisabled: true } : {})}
      {...(autoFocus ? { autoFocus: true } : {})}
    >
      <PickerComboParts
        label={label}
        required={required}
        showAllLabel="Show people"
        placeholder={placeholder}
        maxLength={PERSON_SEARCH_TEXT_MAX}
        hint={hint}
        error={error}
        emptyText={search.data ? 'Nobody’s name, role or team starts with that.' : 'Looking…'}
        inputRef={inputRef}
      />
    </ComboBox>
  );
}

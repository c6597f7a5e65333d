import { useState } from 'react';
import { PASSPHRASE_MIN } from '#shared/vault/model';
import { TextField } from '#renderer/components/InputFields';

/** A new passphrase typed twice; reports the value only when both match and are long enough. */
export function PassphraseFields({
  onChange,
  error,
}: {
  onChange: (value: string | null) => void;
  error?: string | undefined;
}) {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const update = (a: string, b: string) => {
    setFirst(a);
    setSecond(b);
    onChange(a.length >= PASSPHRASE_MIN && a === b ? a : null);
  };
  const mismatch = second.length > 0 && first !== second ? 'The two passphrases differ' : undefined;
  return (
    <>
      <TextField
        label="New passphrase"
        error={error}
        hint={`At least ${PASSPHRASE_MIN} characters; a few unrelated words work well.`}
        type="password"
        value={first}
        autoComplete="new-password"
        onChange={(e) => update(e.target.value, second)}
      />
      <TextField
        label="Repeat the passphrase"
        error={mismatch}
        type="password"
        value={second}
        autoComplete="new-password"
        onChange={(e) => update(first, e.target.value)}
      />
    </>
  );
}

import { errorText } from '#renderer/api/serverErrors';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { VaultStatus } from '#shared/vault/model';
import { call, RequestError } from '#renderer/api/client';
import { Field } from '#renderer/components/Field';
import { PassphraseFields } from './PassphraseFields';
import { useVault } from './vaultStore';

type Locked = Exclude<VaultStatus, { state: 'unlocked' }>;

function useSubmit() {
  const apply = useVault((s) => s.apply);
  const [error, setError] = useState<{ field?: string | undefined; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (request: () => Promise<VaultStatus>) => async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await apply(request);
    } catch (e) {
      setError({
        field: e instanceof RequestError ? e.field : undefined,
        message: errorText(e),
      });
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, submit, fieldError: (field: string) => (error?.field === field ? error.message : undefined) };
}

function Frame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="lock" id="main">
      <div className="lock__card panel">
        <p className="lock__brand" aria-hidden="true">
          <span className="sidebar__mark">▲</span> Cairn
        </p>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}

function CreatePassphrase({ encryptingExisting }: { encryptingExisting: boolean }) {
  const [passphrase, setPassphrase] = useState<string | null>(null);
  const { submit, busy, fieldError, error } = useSubmit();
  return (
    <Frame title="Protect your data with a passphrase">
      <p>
        Cairn encrypts everything it stores. This computer has no system key store Cairn can use, so the key is
        protected by a passphrase you choose. You will type it each time Cairn starts.
        {encryptingExisting ? ' Your existing data is backed up first, then encrypted.' : ''}
      </p>
      <form onSubmit={submit(() => call('vault.createWithPassphrase', { passphrase: passphrase ?? '' }))} noValidate>
        <PassphraseFields onChange={setPassphrase} error={fieldError('passphrase')} />
        {error && !error.field ? (
          <p className="error-message" role="alert">
            {error.message}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={!passphrase || busy}>
            Encrypt and continue
          </button>
        </div>
      </form>
    </Frame>
  );
}

function Recover({
  status,
  onCancel,
}: {
  status: Extract<Locked, { state: 'needs-recovery-key' }> | { needsNewPassphrase: boolean; reason?: undefined };
  onCancel?: () => void;
}) {
  const [recoveryKey, setRecoveryKey] = useState('');
  const [newPassphrase, setNewPassphrase] = useState<string | null>(null);
  const { submit, busy, fieldError, error } = useSubmit();
  const why =
    status.reason === 'key-store-changed'
      ? "This computer's key store cannot open your data: this may be a new machine, or the keyring was reset."
      : status.reason === 'key-file-missing'
        ? 'The file that holds the sealed key is missing from the data folder.'
        : 'Use the recovery key you stored when Cairn was set up.';
  const request = () =>
    call('vault.recover', { recoveryKey, ...(status.needsNewPassphrase && newPassphrase ? { newPassphrase } : {}) });
  return (
    <Frame title="Open your data with the recovery key">
      <p>{why}</p>
      <form onSubmit={submit(request)} noValidate>
        <Field
          label="Recovery key"
          error={fieldError('recoveryKey')}
          hint="14 groups of four letters and digits, as shown at setup"
        >
          {(ids) => (
            <input
              {...ids}
              className="lock__key-input"
              value={recoveryKey}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setRecoveryKey(e.target.value)}
            />
          )}
        </Field>
        {status.needsNewPassphrase ? (
          <PassphraseFields onChange={setNewPassphrase} error={fieldError('newPassphrase')} />
        ) : null}
        {error && !error.field ? (
          <p className="error-message" role="alert">
            {error.message}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy || !recoveryKey.trim()}>
            Open my data
          </button>
          {onCancel ? (
            <button type="button" className="button" onClick={onCancel}>
              Back to passphrase
            </button>
          ) : null}
        </div>
      </form>
    </Frame>
  );
}

function Unlock() {
  const [passphrase, setPassphrase] = useState('');
  const [recovering, setRecovering] = useState(false);
  const { submit, busy, fieldError } = useSubmit();
  if (recovering) return <Recover status={{ needsNewPassphrase: true }} onCancel={() => setRecovering(false)} />;
  return (
    <Frame title="Unlock Cairn">
      <form onSubmit={submit(() => call('vault.unlock', { passphrase }))} noValidate>
        <Field label="Passphrase" error={fieldError('passphrase')}>
          {(ids) => (
            <input
              {...ids}
              type="password"
              value={passphrase}
              autoComplete="current-password"
              autoFocus
              onChange={(e) => setPassphrase(e.target.value)}
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy || !passphrase}>
            Unlock
          </button>
          <button type="button" className="button button--quiet" onClick={() => setRecovering(true)}>
            I forgot it: use the recovery key
          </button>
        </div>
      </form>
    </Frame>
  );
}

export function LockScreen({ status }: { status: Locked }) {
  switch (status.state) {
    case 'needs-new-passphrase':
      return <CreatePassphrase encryptingExisting={status.encryptingExisting} />;
    case 'needs-passphrase':
      return <Unlock />;
    case 'needs-recovery-key':
      return <Recover status={status} />;
  }
}

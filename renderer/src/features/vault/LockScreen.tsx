import { useState, type FormEvent, type ReactNode } from 'react';
import type { VaultStatus } from '#shared/vault/model';
import { call } from '#renderer/api/client';
import { useRefusal } from '#renderer/api/useRefusal';
import { TextField } from '#renderer/components/InputFields';
import { FormError } from '#renderer/components/FormError';
import { PassphraseFields } from './PassphraseFields';
import { useVault } from './vaultStore';

type Locked = Exclude<VaultStatus, { state: 'unlocked' }>;

function useSubmit() {
  const apply = useVault((s) => s.apply);
  const refusal = useRefusal(['passphrase', 'recoveryKey', 'newPassphrase']);
  const [busy, setBusy] = useState(false);
  const submit = (request: () => Promise<VaultStatus>) => async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    refusal.clear();
    try {
      await apply(request);
    } catch (e) {
      refusal.show(e);
    } finally {
      setBusy(false);
    }
  };
  return { busy, submit, fieldError: refusal.on, formError: refusal.formError };
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
  const { submit, busy, fieldError, formError } = useSubmit();
  return (
    <Frame title="Protect your data with a passphrase">
      <p>
        Cairn encrypts everything it stores. This computer has no system key store Cairn can use, so the key is
        protected by a passphrase you choose. You will type it each time Cairn starts.
        {encryptingExisting ? ' Your existing data is backed up first, then encrypted.' : ''}
      </p>
      <form onSubmit={submit(() => call('vault.createWithPassphrase', { passphrase: passphrase ?? '' }))} noValidate>
        <PassphraseFields onChange={setPassphrase} error={fieldError('passphrase')} />
        <FormError message={formError} />
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
  const { submit, busy, fieldError, formError } = useSubmit();
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
        <TextField
          label="Recovery key"
          error={fieldError('recoveryKey')}
          hint="The 14 groups of letters and digits shown at setup. Case, spaces and dashes do not matter."
          className="lock__key-input"
          value={recoveryKey}
          spellCheck={false}
          // What the screen asks for; reached from "I forgot it", focus would otherwise fall to the page.
          autoFocus
          onChange={(e) => setRecoveryKey(e.target.value)}
        />
        {status.needsNewPassphrase ? (
          <PassphraseFields onChange={setNewPassphrase} error={fieldError('newPassphrase')} />
        ) : null}
        <FormError message={formError} />
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
  const { submit, busy, fieldError, formError } = useSubmit();
  if (recovering) return <Recover status={{ needsNewPassphrase: true }} onCancel={() => setRecovering(false)} />;
  return (
    <Frame title="Unlock Cairn">
      <form onSubmit={submit(() => call('vault.unlock', { passphrase }))} noValidate>
        <TextField
          label="Passphrase"
          error={fieldError('passphrase')}
          type="password"
          value={passphrase}
          autoComplete="current-password"
          autoFocus
          onChange={(e) => setPassphrase(e.target.value)}
        />
        <FormError message={formError} />
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

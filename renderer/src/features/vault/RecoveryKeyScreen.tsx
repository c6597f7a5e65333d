import { useState } from 'react';
import { call } from '#renderer/api/client';
import { RecoveryKeyActions } from './RecoveryKeyActions';
import { useVault } from './vaultStore';

/** Shown once, right after the key is made: the only way into the data without this machine. */
export function RecoveryKeyScreen({ recoveryKey }: { recoveryKey: string }) {
  const apply = useVault((s) => s.apply);
  const [stored, setStored] = useState(false);
  return (
    <main className="lock" id="main">
      <div className="lock__card panel">
        <p className="lock__brand">
          <span className="sidebar__mark" aria-hidden="true">
            ▲
          </span>{' '}
          Welcome to Cairn
        </p>
        <h1>Store your recovery key</h1>
        <p>
          Your data is encrypted. If this computer is replaced or its key store is reset, this key is the only way to
          open your data again. Cairn will not show it again. Keep it in a password manager, or save it somewhere other
          than this computer.
        </p>
        <p className="lock__recovery-key" aria-label="Recovery key">
          <code>
            {/* Each group with its dash stays on one line: the key breaks only between groups. */}
            {recoveryKey.match(/[^-]+-?/g)?.map((group, i) => (
              <span key={i} className="lock__key-group">
                {group}
              </span>
            ))}
          </code>
        </p>
        <RecoveryKeyActions recoveryKey={recoveryKey} />
        <label className="choice">
          <input type="checkbox" checked={stored} onChange={(e) => setStored(e.target.checked)} />I have stored my
          recovery key somewhere safe
        </label>
        <div className="form-actions">
          <button
            type="button"
            className="button button--primary"
            disabled={!stored}
            onClick={() => void apply(() => call('vault.recoveryKeyStored', {}))}
          >
            Continue to Cairn
          </button>
        </div>
      </div>
    </main>
  );
}

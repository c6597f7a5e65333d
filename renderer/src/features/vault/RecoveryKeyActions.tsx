import { useState } from 'react';
import { Check, Copy, Download } from 'lucide-react';
import { plural } from '#shared/format';
import { call } from '#renderer/api/client';
import { errorText } from '#renderer/api/serverErrors';
import { downloadText } from '#renderer/components/download';

type Said = { text: string; error: boolean } | null;

/**
 * Copy and Save for the recovery key. Copy goes through the main process, which writes the
 * system clipboard and clears it again after a minute (the window itself has no clipboard
 * permission: docs/ARCHITECTURE.md, "Security"). The line under the buttons says so, in a
 * status region that is always there (empty at first), so screen readers hear "Copied".
 */
export function RecoveryKeyActions({ recoveryKey }: { recoveryKey: string }) {
  const [said, setSaid] = useState<Said>(null);
  const copied = said !== null && !said.error;
  const copy = async () => {
    try {
      const { clearedAfterSeconds } = await call('vault.copyRecoveryKey', {});
      const minutes = plural(Math.round(clearedAfterSeconds / 60), 'minute');
      setSaid({ text: `Copied. Paste it now: Cairn clears it from the clipboard in ${minutes}.`, error: false });
    } catch (error) {
      setSaid({ text: errorText(error), error: true });
    }
  };
  const CopyIcon = copied ? Check : Copy;
  return (
    <>
      <div className="lock__key-actions">
        <button type="button" className="button" onClick={() => void copy()}>
          <CopyIcon className="icon" aria-hidden="true" />
          Copy
        </button>
        <button
          type="button"
          className="button"
          onClick={() => downloadText('Cairn recovery key.txt', `Cairn recovery key\n\n${recoveryKey}\n`, 'text/plain')}
        >
          <Download className="icon" aria-hidden="true" />
          Save as a text file…
        </button>
      </div>
      <p className={said?.error ? 'error-message lock__key-said' : 'muted lock__key-said'} role="status">
        {said?.text ?? ''}
      </p>
    </>
  );
}

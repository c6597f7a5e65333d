import { useState } from 'react';
import { Check, Copy, Download, Printer } from 'lucide-react';
import { plural } from '#shared/format';
import { RECOVERY_KEY_CLIPBOARD_SECONDS } from '#shared/vault/model';
import { call } from '#renderer/api/client';
import { errorText } from '#renderer/api/serverErrors';
import { downloadText } from '#renderer/components/download';

type Said = { text: string; error: boolean } | null;

const minutes = (seconds: number) => plural(Math.round(seconds / 60), 'minute');

/**
 * Copy, Save and Print for the recovery key. Copy goes through the main process, which writes the
 * system clipboard and clears it again after a minute (the window itself has no clipboard
 * permission: docs/ARCHITECTURE.md, "Security"). The line under the buttons says so before and
 * after; it is a status region, so screen readers hear "Copied" when it changes.
 */
export function RecoveryKeyActions({ recoveryKey }: { recoveryKey: string }) {
  const [said, setSaid] = useState<Said>(null);
  const copied = said !== null && !said.error;
  const copy = async () => {
    try {
      const { clearedAfterSeconds } = await call('vault.copyRecoveryKey', {});
      setSaid({
        text: `Copied. Paste it now: Cairn clears it from the clipboard in ${minutes(clearedAfterSeconds)}.`,
        error: false,
      });
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
        {/* The system's print dialog; on paper only the title and the key show (lock.css). */}
        <button type="button" className="button" onClick={() => window.print()}>
          <Printer className="icon" aria-hidden="true" />
          Print…
        </button>
      </div>
      <p className={said?.error ? 'error-message lock__key-said' : 'muted lock__key-said'} role="status">
        {said?.text ??
          `Copy keeps the key on the clipboard for ${minutes(RECOVERY_KEY_CLIPBOARD_SECONDS)}, then Cairn clears it.`}
      </p>
    </>
  );
}

import { usePrivacy } from './privacy';
import { Markdown } from './Markdown';

/** Private text, styled apart; replaced by a notice while private content is hidden. */
export function PrivateNote({ text, label = 'Private notes' }: { text: string; label?: string }) {
  const hidden = usePrivacy((s) => s.hidden);
  if (!text.trim()) return null;
  return (
    <div className="private-block">
      <p className="private-block__label">{label} · only you see these</p>
      {hidden ? (
        <p className="muted">Hidden for screen sharing (Ctrl+Shift+H shows them).</p>
      ) : (
        <Markdown text={text} />
      )}
    </div>
  );
}

export function PrivacyToggle() {
  const { hidden, toggle } = usePrivacy();
  return (
    <button type="button" className="button" aria-pressed={hidden} onClick={toggle}>
      {hidden ? 'Show private' : 'Hide private'} <kbd>Ctrl+Shift+H</kbd>
    </button>
  );
}

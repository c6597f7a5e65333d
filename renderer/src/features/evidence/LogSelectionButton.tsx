/**
 * "Log as evidence" beside a notes editor; the same as Ctrl+Shift+E inside it. A mouse press
 * keeps the selection it is about to log (a click would otherwise clear it first).
 */
export function LogSelectionButton({ onLog }: { onLog: () => void }) {
  return (
    <button
      type="button"
      className="button button--quiet"
      onMouseDown={(e) => e.preventDefault()}
      onClick={onLog}
      aria-keyshortcuts="Control+Shift+E"
      title="Log the selected passage as evidence (Ctrl+Shift+E)"
    >
      Log as evidence
    </button>
  );
}

import { usePalette } from './paletteStore';

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

/** The palette for mouse users, in the sidebar; it names its shortcut. */
export function PaletteButton() {
  const show = usePalette((s) => s.show);
  return (
    <button type="button" className="sidebar__palette" onClick={show} aria-keyshortcuts="Control+K Meta+K">
      <span>Search…</span>
      <kbd aria-hidden="true">{isMac ? '⌘K' : 'Ctrl+K'}</kbd>
    </button>
  );
}

import { create } from 'zustand';

/** The command palette: open or not, and what had focus before it opened (focus goes back there). */
interface PaletteState {
  open: boolean;
  opener: HTMLElement | null;
  show: () => void;
  close: () => void;
}

export const usePalette = create<PaletteState>((set) => ({
  open: false,
  opener: null,
  show: () =>
    set({ open: true, opener: document.activeElement instanceof HTMLElement ? document.activeElement : null }),
  close: () => set({ open: false }),
}));

/** Ctrl+K, or Cmd+K on macOS; not with Shift or Alt, which other shortcuts use. */
export const isPaletteShortcut = (e: KeyboardEvent) =>
  (e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'k';

import { create } from 'zustand';

/**
 * Screen-sharing mode: hides every private note at once. Kept for the session only, so a
 * restart never surprises anyone by showing private text again... or hiding it unasked.
 */
interface PrivacyState {
  hidden: boolean;
  toggle: () => void;
}

export const usePrivacy = create<PrivacyState>((set) => ({
  hidden: sessionStorage.getItem('cairn.privateHidden') === '1',
  toggle: () =>
    set((s) => {
      sessionStorage.setItem('cairn.privateHidden', s.hidden ? '0' : '1');
      return { hidden: !s.hidden };
    }),
}));

/** Ctrl+Shift+H (Cmd+Shift+H on macOS). */
export const isPrivacyShortcut = (e: KeyboardEvent) =>
  (e.ctrlKey || e.metaKey) && e.shiftKey && e.key.toLowerCase() === 'h';
/** Ctrl+Shift+Y: "next time" from anywhere. */
export const isNextTimeShortcut = (e: KeyboardEvent) =>
  (e.ctrlKey || e.metaKey) && e.shiftKey && e.key.toLowerCase() === 'y';

import { useEffect, useRef } from 'react';
import type { ScreenAction } from '../../palette/screenActions';
import { isTypingTarget, typingTargetOf } from './keys';

/** "Alt+Shift+D" → the physical key it names, so it works on any layout (and on macOS, where Alt+Shift types a symbol). */
const ALT_SHIFT = /^Alt\+Shift\+([A-Z])$/;

export function matchesKeys(keys: string, e: KeyboardEvent): boolean {
  if (keys === '?') return e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTypingTarget(typingTargetOf(e));
  const letter = ALT_SHIFT.exec(keys)?.[1];
  return Boolean(letter) && e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === `Key${letter}`;
}

/**
 * Runs a screen action when its shortcut is pressed anywhere on the screen, the notes editor
 * included (listened to before the editor sees the key). Only `?` and Alt+Shift+letter are
 * bound here; other keys shown beside an action (Ctrl+Shift+H) belong to the shell. Nothing
 * runs while a dialog is open: its own keys come first.
 */
export function useScreenShortcuts(actions: readonly ScreenAction[]) {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (document.querySelector('dialog[open]')) return;
      const action = latest.current.find((a) => a.keys && matchesKeys(a.keys, e));
      if (!action) return;
      e.preventDefault();
      e.stopPropagation();
      action.run();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}

/**
 * True when a key press belongs to whatever the manager is typing into, not to a shortcut.
 * Pass the event's first composed target (`typingTargetOf`) when the editor may sit in a shadow
 * root: there `event.target` is only the shadow's host.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  return false;
}

/** The element the key press really went to, inside a shadow root (the notes editor) too. */
export const typingTargetOf = (e: Event): EventTarget | null => e.composedPath()[0] ?? e.target;

import { useState, useSyncExternalStore } from 'react';

/*
 * A field validated when it is left shows or drops its error line in the middle of a click:
 * the press on the next button blurs the field, the error line appears or goes, everything
 * below moves, and the release lands beside the button, so the first click does nothing.
 * While a pointer is down, error lines therefore keep the state they had when it went down;
 * they catch up once the click has been handled.
 */
let pressed = false;
const listeners = new Set<() => void>();

function setPressed(next: boolean): void {
  if (pressed === next) return;
  pressed = next;
  for (const listener of listeners) listener();
}

// By the time a click is dispatched its target is settled: errors may show from then on, so
// a form that validates on that click sees its own errors at once. A press that ends in no
// click (a drag) is released just after.
const release = () => setTimeout(() => setPressed(false), 0);

if (typeof document !== 'undefined') {
  document.addEventListener('pointerdown', () => setPressed(true), true);
  document.addEventListener('click', () => setPressed(false), true);
  document.addEventListener('pointerup', release, true);
  document.addEventListener('pointercancel', release, true);
  // A drag that leaves the window never sends pointerup to the document.
  window.addEventListener('blur', release);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The error to show now: the one given, unless a click is under way, then the one shown before it. */
export function useSettledError(error: string | undefined): string | undefined {
  const isPressed = useSyncExternalStore(
    subscribe,
    () => pressed,
    () => false,
  );
  // State kept from the last render without a press (React's pattern for values derived from the previous render).
  const [shown, setShown] = useState(error);
  if (!isPressed && shown !== error) setShown(error);
  return isPressed ? shown : error;
}

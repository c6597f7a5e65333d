import { useEffect, useRef } from 'react';

/**
 * When fresh data replaces what had focus (the "Mark as held" button once the 1:1 is held, a
 * row that re-rendered), focus would fall to <body> and a keyboard user would start again from
 * the top. After each update, put it on the screen's primary action, else its heading. The
 * first render is left alone: the shell decides where focus starts on a new screen.
 */
export function useFocusRescue(version: unknown) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    rescueFocus();
  }, [version]);
}

/** If focus fell to <body>, put it on the screen's primary action, else its title. */
export function rescueFocus() {
  if (document.activeElement && document.activeElement !== document.body) return;
  const target =
    document.querySelector<HTMLElement>('.page-header .button--primary') ??
    document.querySelector<HTMLElement>('.page-header h1');
  target?.focus({ preventScroll: true });
}

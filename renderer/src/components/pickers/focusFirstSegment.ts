import type { Ref } from 'react';

/** What a form library needs to move focus to a field it reports an error on. */
export interface FocusTarget {
  focus: () => void;
}

/**
 * Segmented date and time fields have no single input: hand the form library a target that
 * focuses the first segment (the day, month or hour the locale puts first).
 */
export function focusFirstSegment(group: HTMLElement | null, ref: Ref<FocusTarget> | undefined): void {
  if (!ref) return;
  const target: FocusTarget | null = group
    ? { focus: () => group.querySelector<HTMLElement>('[role="spinbutton"]')?.focus() }
    : null;
  if (typeof ref === 'function') ref(target);
  else (ref as { current: FocusTarget | null }).current = target;
}

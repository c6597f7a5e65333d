import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { focusPageTitle } from './PageHeader';

/**
 * What a list says before anything is in it, with the screen's one primary action (the
 * screen's header leaves its own copy of that action out meanwhile: DESIGN.md, "Hierarchy").
 */
export function EmptyState({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  const section = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const element = section.current;
    // Its button made the first item (a dialog closing hands focus back to it), so the empty
    // state goes as the list arrives: focus moves to the screen's title, never to <body>.
    return () => {
      if (element?.contains(document.activeElement)) focusPageTitle();
    };
  }, []);
  return (
    <section className="empty-state" aria-label={title} ref={section}>
      <h2>{title}</h2>
      <div className="empty-state__body">{children}</div>
      {action ? <div className="empty-state__action">{action}</div> : null}
    </section>
  );
}

import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The screen's title. It takes focus when the user opens another screen so that keyboard and
 * screen-reader users land at the top of the new content, not in the sidebar.
 */
/** The first screen after launch leaves focus at the top of the document (skip link first). */
let launched = false;

export function PageHeader({ title, subtitle, actions }: { title: string; subtitle?: ReactNode; actions?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (launched) heading.current?.focus({ preventScroll: true });
    const timer = setTimeout(() => (launched = true), 0);
    return () => clearTimeout(timer);
  }, [title]);
  return (
    <header className="page-header">
      <div>
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {subtitle ? <p className="page-header__subtitle">{subtitle}</p> : null}
      </div>
      {actions ? <div className="page-header__actions">{actions}</div> : null}
    </header>
  );
}

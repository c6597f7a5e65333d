import { useEffect, useRef, type ReactNode } from 'react';
import { MoreMenu, type MenuAction } from './Menu';

interface PageHeaderProps {
  title: string;
  subtitle?: ReactNode;
  /** The screen's one primary action (a `.button--primary`), at the far right where the row ends. */
  primary?: ReactNode;
  /** Secondary actions shown as quiet buttons before the primary one. Keep to one or two. */
  actions?: ReactNode;
  /** Everything else: in a "More" menu, so the header never wraps at 1024 px. */
  more?: readonly MenuAction[];
}

/**
 * Puts focus on the current screen's title: where it goes when what had it is gone (a deleted
 * row's menu button, a screen left behind), so it never falls to <body>.
 */
export function focusPageTitle(): void {
  document.querySelector<HTMLElement>('.page-header h1')?.focus({ preventScroll: true });
}

/** The first screen after launch leaves focus at the top of the document (skip link first). */
let launched = false;

/**
 * The screen's title and its actions on one line. The title takes focus when the user opens
 * another screen so that keyboard and screen-reader users land at the top of the new
 * content, not in the sidebar.
 */
export function PageHeader({ title, subtitle, primary, actions, more }: PageHeaderProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (launched) heading.current?.focus({ preventScroll: true });
    const timer = setTimeout(() => (launched = true), 0);
    return () => clearTimeout(timer);
  }, [title]);
  const hasActions = Boolean(primary || actions || (more && more.length > 0));
  return (
    <header className="page-header">
      <div className="page-header__titles">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {subtitle ? <p className="page-header__subtitle">{subtitle}</p> : null}
      </div>
      {hasActions ? (
        <div className="page-header__actions">
          {actions}
          {more ? <MoreMenu actions={more} /> : null}
          {primary}
        </div>
      ) : null}
    </header>
  );
}

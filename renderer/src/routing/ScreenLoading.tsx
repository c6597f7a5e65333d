import { useEffect } from 'react';

/**
 * Shown while a screen's code is fetched (only before the idle prefetch has it). If the
 * screen being left held focus, focus would fall to <body>: it goes to the content area
 * instead, and the new screen's heading takes it once it shows (PageHeader).
 */
export function ScreenLoading() {
  useEffect(() => {
    if (document.activeElement === document.body) document.getElementById('main')?.focus({ preventScroll: true });
  }, []);
  return <div className="screen-loading" aria-busy="true" />;
}

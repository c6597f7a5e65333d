import type { Theme } from '#shared/settings/model';

/*
 * The page always carries data-theme="light" or "dark", so tokens.css holds one dark palette
 * under one selector. "system" is resolved here from the OS preference, and followed while
 * it is the choice. The last choice is remembered in the window's own storage so main.tsx can
 * set it before the first paint: the settings themselves arrive from the main process later.
 */
const REMEMBERED = 'cairn.theme';
// No matchMedia (a test DOM): the system is taken to be light, and never changes.
const darkQuery = (): Pick<MediaQueryList, 'matches' | 'addEventListener' | 'removeEventListener'> =>
  typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-color-scheme: dark)')
    : { matches: false, addEventListener: () => undefined, removeEventListener: () => undefined };
let stopFollowing: (() => void) | null = null;

function isTheme(value: unknown): value is Theme {
  return value === 'light' || value === 'dark' || value === 'system';
}

export function resolveTheme(theme: Theme, systemIsDark: boolean): 'light' | 'dark' {
  if (theme === 'system') return systemIsDark ? 'dark' : 'light';
  return theme;
}

export function applyTheme(theme: Theme): void {
  stopFollowing?.();
  stopFollowing = null;
  const query = darkQuery();
  const set = () => {
    document.documentElement.dataset.theme = resolveTheme(theme, query.matches);
  };
  set();
  if (theme === 'system') {
    query.addEventListener('change', set);
    stopFollowing = () => query.removeEventListener('change', set);
  }
  try {
    localStorage.setItem(REMEMBERED, theme);
  } catch {
    // Storage refused (a locked-down profile): the theme still applies, only a flash may return.
  }
}

/** Before the first paint: the theme chosen last time, or the system's. */
export function applyRememberedTheme(): void {
  applyTheme(rememberedTheme());
}

function rememberedTheme(): Theme {
  try {
    const remembered = localStorage.getItem(REMEMBERED);
    return isTheme(remembered) ? remembered : 'system';
  } catch {
    return 'system';
  }
}

/**
 * The security rules of the window, as plain data and functions so they can be tested
 * without an Electron binary. `harden.ts` applies them.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'cairn';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** No inline script, no remote anything; the UI talks to the store only through the bridge. */
const CSP_DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
];

/** Sent as a header by the app:// protocol. */
export const CONTENT_SECURITY_POLICY = [...CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** Written into the built page; browsers ignore frame-ancestors in a meta tag, so it is left out. */
export const META_CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');

export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    // A middle click would otherwise open a link in a new window before any handler sees it.
    disableBlinkFeatures: 'Auxclick',
    spellcheck: true,
  } as const;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The app's own pages: the custom protocol, or the dev server while developing. */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (devServerUrl) {
    const dev = parse(devServerUrl);
    return dev !== null && parsed.origin === dev.origin;
  }
  return false;
}

/**
 * A link may leave the app only to an https address with a real host and no credentials
 * (javascript:, file:, custom schemes and user:pass@ tricks are refused).
 */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol !== 'https:') return false;
  if (parsed.username || parsed.password) return false;
  return parsed.hostname.length > 0 && parsed.hostname.includes('.');
}

export interface SenderInfo {
  url: string;
  isTopFrame: boolean;
}

/** IPC is answered only for our own page in the top-level frame, never an iframe. */
export function isTrustedSender(sender: SenderInfo | null, devServerUrl?: string): boolean {
  return sender !== null && sender.isTopFrame && isAppUrl(sender.url, devServerUrl);
}

/** Resolves an app:// request to a file inside the renderer folder, refusing any escape. */
export function resolveAppAsset(
  rendererDir: string,
  requestUrl: string,
  join: (...p: string[]) => string,
): string | null {
  const parsed = parse(requestUrl);
  if (!parsed || parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const segments = pathname.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s === '.' || s.includes('\\'))) return null;
  if (segments.length === 0) return join(rendererDir, 'index.html');
  return join(rendererDir, ...segments);
}

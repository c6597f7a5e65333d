import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hardenContents, hardenSession } from '#electron/security/harden';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  isAppUrl,
  isSafeExternalUrl,
  isTrustedSender,
  resolveAppAsset,
  secureWebPreferences,
} from '#electron/security/policy';
import { SECURE_WINDOW_BASELINE } from '../support/securityBaseline';

describe('window options', () => {
  it('isolate the page from Node and the preload', () => {
    expect(secureWebPreferences('/p.cjs')).toMatchObject({
      ...SECURE_WINDOW_BASELINE,
      preload: '/p.cjs',
      disableBlinkFeatures: 'Auxclick',
    });
  });
});

describe('content security policy', () => {
  const directives = Object.fromEntries(
    CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
  );
  it('allows scripts only from the app itself, never inline or eval', () => {
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
  });
});

describe('navigation and links', () => {
  it('knows its own pages', () => {
    expect(isAppUrl(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://cairn/index.html')).toBe(false);
    expect(isAppUrl('http://localhost:5173/#/people', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('opens only plain https links outside the app', () => {
    expect(isSafeExternalUrl('https://example.com/ladder')).toBe(true);
    for (const bad of [
      'http://example.com',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'smb://share/x',
      'https://user:pass@example.com',
      'https://localhost',
      'ms-msdt:/id',
      'data:text/html,<script>',
      '',
    ]) {
      expect(isSafeExternalUrl(bad), bad).toBe(false);
    }
  });

  it('answers IPC only for the app page in the top frame', () => {
    expect(isTrustedSender({ url: `${APP_ORIGIN}/index.html`, isTopFrame: true })).toBe(true);
    expect(isTrustedSender({ url: `${APP_ORIGIN}/index.html`, isTopFrame: false })).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com', isTopFrame: true })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });

  it('serves only files inside the renderer folder', () => {
    expect(resolveAppAsset('/r', `${APP_ORIGIN}/`, join)).toBe(join('/r', 'index.html'));
    expect(resolveAppAsset('/r', `${APP_ORIGIN}/assets/a.js`, join)).toBe(join('/r', 'assets', 'a.js'));
    // The URL parser folds dot segments itself; whatever comes out must stay inside /r.
    for (const hostile of [
      '/assets/%2e%2e/%2e%2e/etc/passwd',
      '/../../etc/passwd',
      '/a/%2E%2E/%2E%2E/%2E%2E/x',
      '/%2e%2e%2f%2e%2e%2fetc',
    ]) {
      const file = resolveAppAsset('/r', `${APP_ORIGIN}${hostile}`, join);
      expect(file === null || file.startsWith('/r/'), hostile).toBe(true);
    }
    expect(resolveAppAsset('/r', `${APP_ORIGIN}/%2e%2e%2f%2e%2e%2fetc`, join)).toBeNull();
    expect(resolveAppAsset('/r', `${APP_ORIGIN}/..%5c..%5cwin.ini`, join)).toBeNull();
    expect(resolveAppAsset('/r', `${APP_ORIGIN}/a%00.js`, join)).toBeNull();
    expect(resolveAppAsset('/r', 'app://other/index.html', join)).toBeNull();
    expect(resolveAppAsset('/r', `${APP_ORIGIN}/%E0%A4%A`, join)).toBeNull();
  });
});

/** Stands in for Electron's WebContents, which needs the Electron binary. */
class FakeContents extends EventEmitter {
  openHandler: ((d: { url: string }) => { action: 'deny' }) | null = null;
  setWindowOpenHandler(h: (d: { url: string }) => { action: 'deny' }) {
    this.openHandler = h;
  }
  attempt(event: 'will-navigate' | 'will-redirect' | 'will-attach-webview', url?: string): boolean {
    let prevented = false;
    this.emit(event, { preventDefault: () => (prevented = true) }, url);
    return prevented;
  }
}

describe('hardening', () => {
  it('blocks navigation away from the app, webviews and new windows', () => {
    const contents = new FakeContents();
    const opened: string[] = [];
    hardenContents(contents, (url) => opened.push(url));
    expect(contents.attempt('will-navigate', 'https://example.com')).toBe(true);
    expect(contents.attempt('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(contents.attempt('will-navigate', `${APP_ORIGIN}/index.html#/people`)).toBe(false);
    expect(contents.attempt('will-attach-webview')).toBe(true);
    expect(contents.openHandler?.({ url: 'https://example.com/a' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.com/a']);
  });

  // The clipboard included, writing too: the recovery key's Copy goes through the main process
  // (vault.copyRecoveryKey), so no script in the window can read or fill the clipboard.
  it('refuses every permission request and check', () => {
    let request: ((c: unknown, p: string, cb: (g: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    hardenSession({
      setPermissionRequestHandler: (h) => (request = h),
      setPermissionCheckHandler: (h) => (check = h),
    });
    const answers: boolean[] = [];
    const permissions = ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write'];
    for (const permission of [...permissions, 'openExternal']) {
      request?.(null, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false, false, false]);
    expect(check?.()).toBe(false);
  });
});

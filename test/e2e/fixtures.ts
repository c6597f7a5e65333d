import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { channelNames } from '#shared/ipc/contract';
import { BRIDGE_GLOBAL } from '#shared/ipc/bridge';
import { changesAfter } from '#shared/ipc/changesAfter';
import { createTestApp, type TestApp, type TestAppOptions } from '../support/testApp';
import { runAxe } from './axe';

/** The built renderer is served under this origin; *.localhost is a secure context. */
export const APP_URL = 'http://cairn.localhost';
const RENDERER_DIR = resolve('out/renderer');
const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * `page` is the built Cairn renderer in Chromium with `window.cairn` wired to the real
 * main-process handlers over a real SQLite file in a fresh temp folder. Only Electron's
 * transport is replaced (by a Playwright binding). Any request that would leave the app
 * fails the test.
 */
export interface AppOptions extends TestAppOptions {
  /** Leave the first-run recovery-key screen up (vault.spec.ts walks it). */
  showRecoveryKey?: boolean;
}

export const test = base.extend<{ appOptions: AppOptions; app: TestApp; outbound: string[] }>({
  appOptions: [{}, { option: true }],
  app: async ({ appOptions }, use) => {
    const app = createTestApp({ now: new Date(), ...appOptions });
    const status = app.call('vault.status', {});
    if (status.state === 'unlocked' && !appOptions.showRecoveryKey) app.call('vault.recoveryKeyStored', {});
    await use(app);
    app.close();
  },
  // eslint-disable-next-line no-empty-pattern
  outbound: async ({}, use) => {
    const outbound: string[] = [];
    await use(outbound);
    expect(outbound, 'the app must make no network requests').toEqual([]);
  },
  page: async ({ page, app, outbound }, use) => {
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== APP_URL) {
        outbound.push(url.href);
        return route.abort('blockedbyclient');
      }
      const path = url.pathname === '/' ? '/index.html' : decodeURIComponent(url.pathname);
      const file = join(RENDERER_DIR, path);
      if (!file.startsWith(RENDERER_DIR)) return route.fulfill({ status: 404 });
      try {
        return route.fulfill({
          body: await readFile(file),
          contentType: MIME[extname(file)] ?? 'application/octet-stream',
        });
      } catch {
        return route.fulfill({ status: 404 });
      }
    });
    // The session's async entry, as Electron's IPC uses it (writes wait for a background check without blocking).
    // With the answer come the domains a command changed, as electron/ipc/register.ts sends them.
    await page.exposeBinding('__cairnIpc', async (_source, channel: string, payload: unknown) => {
      const result = await app.session.request(channel, payload);
      return { result, changed: changesAfter(channel, result) };
    });
    await page.addInitScript(
      ({ names, global }) => {
        type Listener = (domains: readonly string[]) => void;
        const w = window as unknown as {
          __cairnIpc: (c: string, p: unknown) => Promise<{ result: unknown; changed: string[] }>;
          __cairnPending: number;
        };
        const send = w.__cairnIpc;
        const listeners = new Set<Listener>();
        // Requests still unanswered: the screenshot gallery waits for none before it shoots.
        w.__cairnPending = 0;
        const counted = (name: string, input: unknown) => {
          w.__cairnPending += 1;
          return send(name, input)
            .then(({ result, changed }) => {
              // As in Electron: the change event reaches the window before the command's answer.
              if (changed.length > 0) for (const listener of listeners) listener(changed);
              return result;
            })
            .finally(() => (w.__cairnPending -= 1));
        };
        const bridge: Record<string, unknown> = {};
        for (const name of names) bridge[name] = (input: unknown) => counted(name, input);
        bridge.onChange = (listener: Listener) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        };
        Object.defineProperty(window, global, { value: Object.freeze(bridge) });
      },
      { names: channelNames as string[], global: BRIDGE_GLOBAL },
    );
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${APP_URL}/index.html`);
    await use(page);
    expect(errors, 'the page must log no errors').toEqual([]);
  },
});

export { expect };

/**
 * The WCAG 2.2 AA violations axe finds on the current screen, one line each: rule, help, where.
 *
 * One rule is left out while a searchable list (react-aria's ComboBox) is open: the library
 * hides the rest of the page from screen readers with aria-hidden and offers no way to use
 * `inert` instead (adobe/react-spectrum#4937), so axe's aria-hidden-focus reports every link
 * and button behind the list. None of them can take focus while it is open: Tab closes the
 * list first (test/e2e/settingsTimeZone.spec.ts checks where focus goes).
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const listOpen = await page.locator('[role="combobox"][aria-expanded="true"]').count();
  const violations = await runAxe(page, listOpen > 0 ? ['aria-hidden-focus'] : []);
  return violations.map((v) => `${v.id}: ${v.help} (${v.targets.join(', ')})`);
}

/** Fails with the list of WCAG 2.2 AA violations axe finds on the current screen. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
}

/**
 * Waits until every request the window has made is answered. In Electron a screen's second
 * request (the next 1:1 for its shortcut) answers within a millisecond of the first; through
 * this harness's binding, on a busy machine, a key pressed as the title appears can come first.
 */
export async function requestsAnswered(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __cairnPending: number }).__cairnPending === 0);
}

/** Goes to a screen through the sidebar, as a user would. */
export async function openSection(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

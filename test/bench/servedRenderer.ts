import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { BRIDGE_GLOBAL } from '#shared/ipc/bridge';
import { channelNames } from '#shared/ipc/contract';
import type { TestApp } from '../support/testApp';

export const ORIGIN = 'http://cairn.localhost';
/** Where the renderer build lies. */
export const RENDERER_DIR = resolve('out/renderer');
const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

interface ServeOptions {
  /** Pages of the bench's own, by path: served as HTML instead of a built file. */
  extraPages?: Record<string, string>;
  /** Told of every built file served, for counting the script a screen needed. */
  onServed?: (pathname: string, bytes: number) => void;
}

/** The built renderer's files served to `page` under the app's origin; every other address is refused. */
export async function serveBuiltFiles(page: Page, { extraPages = {}, onServed }: ServeOptions = {}): Promise<void> {
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
    const extra = extraPages[url.pathname];
    if (extra !== undefined) return route.fulfill({ body: extra, contentType: 'text/html' });
    const file = join(RENDERER_DIR, url.pathname === '/' ? '/index.html' : decodeURIComponent(url.pathname));
    try {
      const body = await readFile(file);
      onServed?.(url.pathname, body.length);
      return await route.fulfill({ body, contentType: MIME[extname(file)] ?? 'application/octet-stream' });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
}

/**
 * The built renderer served to `page` as the end-to-end tests serve it, its bridge answered by
 * the real handlers of `app`; nothing leaves the machine.
 */
export async function serveBuiltRenderer(page: Page, app: TestApp): Promise<void> {
  await serveBuiltFiles(page);
  await page.exposeBinding('__cairnIpc', (_s, channel: string, payload: unknown) => app.dispatch(channel, payload));
  // A string, not a function: tsx adds helpers to compiled functions that do not exist in the page.
  await page.addInitScript(`
    (() => {
      const bridge = {};
      for (const name of ${JSON.stringify(channelNames)}) bridge[name] = (input) => window.__cairnIpc(name, input);
      bridge.onChange = () => () => {};
      Object.defineProperty(window, ${JSON.stringify(BRIDGE_GLOBAL)}, { value: Object.freeze(bridge) });
    })();
  `);
}

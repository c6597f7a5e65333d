import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { BRIDGE_GLOBAL } from '#shared/ipc/bridge';
import { channelNames } from '#shared/ipc/contract';
import type { TestApp } from '../support/testApp';

export const ORIGIN = 'http://cairn.localhost';
const DIR = resolve('out/renderer');
const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/**
 * The built renderer served to `page` as the end-to-end tests serve it, its bridge answered by
 * the real handlers of `app`; nothing leaves the machine.
 */
export async function serveBuiltRenderer(page: Page, app: TestApp): Promise<void> {
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
    const file = join(DIR, url.pathname === '/' ? '/index.html' : decodeURIComponent(url.pathname));
    try {
      return await route.fulfill({
        body: await readFile(file),
        contentType: MIME[extname(file)] ?? 'application/octet-stream',
      });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
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

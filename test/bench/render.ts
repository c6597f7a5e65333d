/**
 * Rendering the people list in Chromium: from the moment people.list's answer reaches the
 * window to the frame after its rows are in the page, for N people (the built renderer,
 * served as the end-to-end tests serve it). Prints one line of JSON.
 *   node --import tsx test/bench/render.ts <people> <runs>
 */
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { channelNames } from '../../shared/ipc/contract';
import { BRIDGE_GLOBAL } from '../../shared/ipc/bridge';
import { emptyPersonFields } from '../../shared/people/model';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { createTestApp } from '../support/testApp';
import { median } from './measure';

const ORIGIN = 'http://cairn.localhost';
const DIR = resolve('out/renderer');
const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

async function main(count: number, runs: number): Promise<void> {
  const app = createTestApp({ now: new Date('2035-12-31T09:00:00Z') });
  app.call('vault.recoveryKeyStored', {});
  app.db.transaction(() => {
    for (let i = 0; i < count; i++) app.call('people.create', { ...emptyPersonFields, name: `Person ${i}`, title: 'Engineer' });
  })();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
      const file = join(DIR, url.pathname === '/' ? '/index.html' : decodeURIComponent(url.pathname));
      try {
        return await route.fulfill({ body: await readFile(file), contentType: MIME[extname(file)] ?? 'application/octet-stream' });
      } catch {
        return route.fulfill({ status: 404 });
      }
    });
    await page.exposeBinding('__cairnIpc', (_s, channel: string, payload: unknown) => app.dispatch(channel, payload));
    // A string, not a function: tsx adds helpers to compiled functions that do not exist in the page.
    await page.addInitScript(`
      (() => {
        const names = ${JSON.stringify(channelNames)};
        const bridge = {};
        for (const name of names) bridge[name] = (input) => window.__cairnIpc(name, input);
        // Start the clock when the list's answer arrives; stop it on the frame after its rows appear.
        const list = bridge['people.list'];
        bridge['people.list'] = async (input) => {
          const result = await list(input);
          const arrived = performance.now();
          const poll = () => {
            if (document.querySelector('tbody tr[aria-rowindex]')) {
              requestAnimationFrame(() => requestAnimationFrame(() => { window.__renderMs = performance.now() - arrived; }));
            } else requestAnimationFrame(poll);
          };
          requestAnimationFrame(poll);
          return result;
        };
        Object.defineProperty(window, ${JSON.stringify(BRIDGE_GLOBAL)}, { value: Object.freeze(bridge) });
      })();
    `);
    const samples: number[] = [];
    for (let r = 0; r < runs + 1; r++) {
      await page.goto(`${ORIGIN}/index.html#/people`);
      const ms = (await (await page.waitForFunction(() => (globalThis as { __renderMs?: number }).__renderMs)).jsonValue()) as number;
      if (r > 0) samples.push(ms); // the first load warms the JIT and the disk cache
    }
    process.stdout.write(`${JSON.stringify({ people: count, medianMs: median(samples), runs })}\n`);
  } finally {
    await browser.close();
    app.close();
  }
}

void main(Number(process.argv[2] ?? 100), Number(process.argv[3] ?? 5));

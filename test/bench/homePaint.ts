/**
 * The window opening, in Chromium on the built renderer: from navigation to Home painted with
 * a generated store's data, against a blank page with the same shell (the same HTML and
 * styles, no script), and the bytes of script fetched before Home painted. Then every screen
 * visited once, and the renderer's JS heap after a garbage collection. Prints one line of JSON.
 *   node --import tsx test/bench/homePaint.ts <store> <runs>
 * The data channels are answered by the real handlers on the store (bench key); the vault and
 * store-status channels by a real session on an empty, unlocked store beside it, since the
 * bench store is not keyed through a vault.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { channelNames } from '#shared/ipc/contract';
import { BRIDGE_GLOBAL } from '#shared/ipc/bridge';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { createTestApp } from '../support/testApp';
import { openEnv } from './env';
import { median } from './measure';
import { ORIGIN, RENDERER_DIR, serveBuiltFiles } from './servedRenderer';

const SESSION_CHANNELS = /^(vault|store|backups)\./;
/** Page-side code as strings: this file is compiled for Node, without the DOM's types. */
const AFTER_TWO_FRAMES =
  'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now()))))';

async function main(file: string, runs: number): Promise<void> {
  const env = openEnv(file, file, file);
  const app = createTestApp({ now: new Date('2035-12-31T09:00:00Z') });
  app.call('vault.recoveryKeyStored', {});
  const html = await readFile(join(RENDERER_DIR, 'index.html'), 'utf8');
  // The same shell without its script: what the window costs before any of our code runs.
  const blank = html.replace(/<script[^>]*><\/script>/g, '').replace(/<link rel="modulepreload"[^>]*>/g, '');
  let served: { file: string; bytes: number }[] = [];
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await serveBuiltFiles(page, {
      extraPages: { '/blank.html': blank },
      onServed: (file, bytes) => {
        if (file.endsWith('.js')) served.push({ file, bytes });
      },
    });
    await page.exposeBinding('__cairnIpc', (_s, channel: string, payload: unknown) =>
      SESSION_CHANNELS.test(channel) ? app.dispatch(channel, payload) : env.dispatch(channel, payload),
    );
    // A string, not a function: tsx adds helpers to compiled functions that do not exist in the page.
    await page.addInitScript(`
      (() => {
        const names = ${JSON.stringify(channelNames)};
        const bridge = {};
        window.__cairnPending = 0;
        let overview = false;
        for (const name of names) {
          bridge[name] = async (input) => {
            window.__cairnPending++;
            try {
              const result = await window.__cairnIpc(name, input);
              if (name === 'home.overview') overview = true;
              return result;
            } finally {
              window.__cairnPending--;
            }
          };
        }
        Object.defineProperty(window, ${JSON.stringify(BRIDGE_GLOBAL)}, { value: Object.freeze(bridge) });
        // Home is painted with its data on the frame after its sections are in the page.
        const poll = () => {
          if (overview && document.querySelector('main h1') && window.__cairnPending === 0) {
            requestAnimationFrame(() => requestAnimationFrame(() => { window.__homePaintedMs = performance.now(); }));
          } else requestAnimationFrame(poll);
        };
        if (location.pathname.endsWith('index.html')) requestAnimationFrame(poll);
      })();
    `);
    const homeMs: number[] = [];
    const blankMs: number[] = [];
    let scriptBytes = 0;
    for (let r = 0; r < runs + 1; r++) {
      served = [];
      await page.goto(`${ORIGIN}/index.html#/`);
      const ms = (await (
        await page.waitForFunction(() => (globalThis as { __homePaintedMs?: number }).__homePaintedMs)
      ).jsonValue()) as number;
      scriptBytes = served.reduce((sum, s) => sum + s.bytes, 0);
      await page.goto(`${ORIGIN}/blank.html`);
      const blankPainted = (await page.evaluate(AFTER_TWO_FRAMES)) as number;
      if (r > 0) {
        homeMs.push(ms); // the first load warms the JIT and the disk cache
        blankMs.push(blankPainted);
      }
    }
    const heap = await heapAfterEveryScreen(page, env);
    process.stdout.write(
      `${JSON.stringify({ homeMs: median(homeMs), blankMs: median(blankMs), scriptBytes, ...heap })}\n`,
    );
  } finally {
    await browser.close();
    app.close();
    env.close();
  }
}

/** Each screen once, by its address, with real records; the JS heap after a full collection. */
async function heapAfterEveryScreen(page: Page, env: ReturnType<typeof openEnv>) {
  const one = (sql: string) => env.ids(`${sql} LIMIT 1`)[0] ?? 'none';
  const person = one("SELECT id FROM people WHERE status = 'active' ORDER BY id");
  const routes = [
    '/',
    '/people',
    `/people/${person}`,
    '/teams',
    '/ladders',
    `/ladders/${one('SELECT id FROM ladders ORDER BY id')}`,
    `/assessments/${one(`SELECT id FROM assessments WHERE person_id = '${person}' ORDER BY assessed_on DESC`)}`,
    '/mentoring',
    `/mentoring/pairs/${one('SELECT id FROM mentoring_pairs ORDER BY id')}`,
    '/interviews',
    `/interviews/roles/${one('SELECT id FROM interview_roles ORDER BY title')}`,
    `/interviews/candidates/${one('SELECT id FROM candidates ORDER BY id')}`,
    '/one-on-ones',
    `/one-on-ones/person/${person}`,
    `/one-on-ones/meeting/${one(`SELECT id FROM oo_meetings WHERE person_id = '${person}' AND status = 'held' ORDER BY date DESC`)}`,
    '/one-on-ones/search',
    '/settings',
  ];
  const cdp = await page.context().newCDPSession(page);
  const usedMiB = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return Math.round((usedSize / 1048576) * 10) / 10;
  };
  await page.goto(`${ORIGIN}/index.html#/`);
  await page.waitForFunction(() => (globalThis as { __homePaintedMs?: number }).__homePaintedMs);
  const heapAfterHomeMiB = await usedMiB();
  for (const route of routes) {
    await page.evaluate(`location.hash = ${JSON.stringify(route)}`);
    // A function, not a string: the app's CSP (script-src 'self') forbids evaluating strings,
    // and the measurement runs under the app's own policy, not a weakened one.
    await page.waitForFunction(() => {
      const w = globalThis as unknown as { document: { querySelector(s: string): unknown }; __cairnPending: number };
      return !w.document.querySelector('.screen-loading') && w.__cairnPending === 0;
    });
    await page.evaluate(AFTER_TWO_FRAMES);
  }
  return { heapAfterHomeMiB, heapAfterEveryScreenMiB: await usedMiB(), screens: routes.length };
}

void main(process.argv[2]!, Number(process.argv[3] ?? 5));

/**
 * Rendering a long list in Chromium: from the moment the list's answer reaches the window (and
 * the screen's other requests have been answered) to the frame after its rows are in the page, for N rows (the built renderer, served as the
 * end-to-end tests serve it). Prints one line of JSON.
 *   node --import tsx test/bench/render.ts people|history <rows> <runs>
 * people: the People screen with N people in the store (it asks for its first page of 100,
 * so the time is that page's, whatever N is). history: one person's 1:1 history with N meetings
 * (the prep screen; the list asks for its newest page and renders the rows in view).
 */
import { chromium } from '@playwright/test';
import { channelNames } from '#shared/ipc/contract';
import { BRIDGE_GLOBAL } from '#shared/ipc/bridge';
import { emptyPersonFields } from '#shared/people/model';
import { insertMeeting } from '#electron/domains/oneOnOnes/queries';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { createTestApp, type TestApp } from '../support/testApp';
import { median } from './measure';
import { ORIGIN, serveBuiltFiles } from './servedRenderer';

interface ListKind {
  /** The request whose answer starts the clock. */
  channel: string;
  /** A row of the list once rendered. */
  rowSelector: string;
  /**
   * Holds the list's answer back this long before the clock starts, so that other panels of
   * the same screen have painted and the time is the list's own (the prep screen loads several).
   */
  settleMs: number;
  /** Fills the store; returns the screen's route. */
  arrange(app: TestApp, count: number): string;
}

const DAY = 86_400_000;

const KINDS: Record<string, ListKind> = {
  people: {
    // The screen's own request: it pages (people.page) and draws a page of 100 as a plain table.
    channel: 'people.page',
    rowSelector: 'tbody tr:not(.table-spacer)',
    settleMs: 0,
    arrange(app, count) {
      app.db.transaction(() => {
        for (let i = 0; i < count; i++)
          app.call('people.create', { ...emptyPersonFields, name: `Person ${i}`, title: 'Engineer' });
      })();
      return '#/people';
    },
  },
  history: {
    channel: 'oneOnOnes.history',
    rowSelector: '.history li[aria-posinset]',
    settleMs: 300,
    arrange(app, count) {
      const person = app.call('people.create', { ...emptyPersonFields, name: 'Ada Lovelace', title: 'Engineer' });
      // Held weekly meetings going back from the clock's today, some with tags, as a long series leaves them.
      const start = new Date('2035-12-25T00:00:00Z').getTime();
      app.db.transaction(() => {
        const hold = app.db.prepare(
          "UPDATE oo_meetings SET status = 'held', mood = ?, held_at = starts_at WHERE id = ?",
        );
        const tag = app.db.prepare('INSERT INTO oo_meeting_tags (meeting_id, tag) VALUES (?, ?)');
        for (let i = 0; i < count; i++) {
          const date = new Date(start - i * 7 * DAY).toISOString().slice(0, 10);
          const id = insertMeeting(
            app.db,
            {
              personId: person.id,
              slotDate: date,
              date,
              time: '10:00',
              timeZone: 'Europe/London',
              startsAt: `${date}T10:00:00Z`,
            },
            '2035-01-01T00:00:00Z',
          );
          hold.run((i % 5) + 1, id);
          if (i % 4 === 0) tag.run(id, 'career');
        }
      })();
      return `#/one-on-ones/person/${person.id}`;
    },
  },
};

async function main(kindName: string, count: number, runs: number): Promise<void> {
  const kind = KINDS[kindName];
  if (!kind) throw new Error(`unknown list "${kindName}" (known: ${Object.keys(KINDS).join(', ')})`);
  const app = createTestApp({ now: new Date('2035-12-31T09:00:00Z') });
  app.call('vault.recoveryKeyStored', {});
  const route = kind.arrange(app, count);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await serveBuiltFiles(page);
    await page.exposeBinding('__cairnIpc', (_s, channel: string, payload: unknown) => app.dispatch(channel, payload));
    // A string, not a function: tsx adds helpers to compiled functions that do not exist in the page.
    await page.addInitScript(`
      (() => {
        const names = ${JSON.stringify(channelNames)};
        const bridge = {};
        // Requests still on their way. The harness's binding delivers answers one after another,
        // so with a 10 000-row answer the screen's other small requests (teams, settings) arrive
        // after it, and decoding them would be timed as if it were the list's rendering.
        let pending = 0;
        for (const name of names) {
          bridge[name] = async (input) => {
            pending++;
            try {
              return await window.__cairnIpc(name, input);
            } finally {
              pending--;
            }
          };
        }
        // Start the clock when the list's first answer arrives; stop it on the frame after its rows appear.
        const channel = ${JSON.stringify(kind.channel)};
        const list = bridge[channel];
        let timed = false;
        bridge[channel] = async (input) => {
          const result = await list(input);
          if (timed) return result;
          timed = true;
          while (pending > 0) await new Promise((resolve) => setTimeout(resolve, 0));
          if (${kind.settleMs}) await new Promise((resolve) => setTimeout(resolve, ${kind.settleMs}));
          const arrived = performance.now();
          const poll = () => {
            if (document.querySelector(${JSON.stringify(kind.rowSelector)})) {
              requestAnimationFrame(() => requestAnimationFrame(() => { window.__renderMs = performance.now() - arrived; }));
            } else requestAnimationFrame(poll);
          };
          requestAnimationFrame(poll);
          return result;
        };
        bridge.onChange = () => () => {};
        Object.defineProperty(window, ${JSON.stringify(BRIDGE_GLOBAL)}, { value: Object.freeze(bridge) });
      })();
    `);
    const samples: number[] = [];
    for (let r = 0; r < runs + 1; r++) {
      await page.goto(`${ORIGIN}/index.html${route}`);
      const ms = (await (
        await page.waitForFunction(() => (globalThis as { __renderMs?: number }).__renderMs)
      ).jsonValue()) as number;
      if (r > 0) samples.push(ms); // the first load warms the JIT and the disk cache
    }
    process.stdout.write(`${JSON.stringify({ list: kindName, rows: count, medianMs: median(samples), runs })}\n`);
  } finally {
    await browser.close();
    app.close();
  }
}

void main(process.argv[2] ?? 'people', Number(process.argv[3] ?? 100), Number(process.argv[4] ?? 5));

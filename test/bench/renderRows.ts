import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Comparison } from './cases';
import { median } from './measure';

const here = import.meta.dirname;

/** Rendering is measured in Chromium on the built renderer (render.ts), one process per run. */
export const renderComparisons: Comparison[] = [
  {
    operation: 'people list rendering, 10 000 people (the screen draws its first page of 100)',
    op: 'render-people-10000',
    baseline: 'render-people-100',
    baselineLabel: 'rendering 100 rows',
    target: { kind: 'at-most', ratio: 2 },
    note: "the screen's first page's arrival to rows painted, Chromium",
  },
  {
    operation: 'meeting history rendering, 10 000 rows (virtualised)',
    op: 'render-history-10000',
    baseline: 'render-history-100',
    baselineLabel: 'rendering 100 rows',
    target: { kind: 'at-most', ratio: 2 },
    note: "one person's 1:1s on the prep screen: first page's arrival to rows painted, Chromium",
  },
];

const LISTS = ['people', 'history'] as const;

/** Builds the renderer, then times each list at 100 and 10 000 rows; adds the medians. */
export function measureRendering(medians: Record<string, number>, runs: number): void {
  execFileSync('npx', ['electron-vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const samples: Record<string, number[]> = Object.fromEntries(
    LISTS.flatMap((l) => [
      [`render-${l}-100`, []],
      [`render-${l}-10000`, []],
    ]),
  );
  for (let r = 0; r < Math.min(runs, 3); r++) {
    for (const list of LISTS) {
      for (const n of [100, 10000]) {
        const out = execFileSync(process.execPath, ['--import', 'tsx', join(here, 'render.ts'), list, String(n), '3'], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        });
        samples[`render-${list}-${n}`]!.push(
          (JSON.parse(out.trim().split('\n').pop()!) as { medianMs: number }).medianMs,
        );
      }
    }
  }
  for (const [name, values] of Object.entries(samples)) medians[name] = median(values);
}

export interface WindowFigures {
  homeMs: number;
  blankMs: number;
  scriptBytes: number;
  heapAfterHomeMiB: number;
  heapAfterEveryScreenMiB: number;
  screens: number;
}

/** RAIL: a page is loaded, and usable, within a second. */
export const HOME_PAINT_BUDGET_MS = 1000;

/** The window opening on a store's data (homePaint.ts); needs a built renderer. */
export function measureWindow(store: string, runs: number): WindowFigures {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(here, 'homePaint.ts'), store, String(Math.max(3, runs))],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as WindowFigures;
}

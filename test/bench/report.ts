import type { Comparison, LatencyRow, Target } from './cases';
import type { CaseResult, MemoryReport, PayloadSize } from './measure';
import type { WindowFigures } from './renderRows';

export const PAYLOAD_LIMIT = 64 * 1024;

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toFixed(4));

function targetText(t: Target | null): string {
  if (!t) return '(for information)';
  return t.kind === 'at-most' ? `≤ ${t.ratio}×` : `≥ ${t.factor}× faster`;
}

function verdict(t: Target | null, ratio: number): string {
  if (!t) return '–';
  const pass = t.kind === 'at-most' ? ratio <= t.ratio : 1 / ratio >= t.factor;
  return pass ? 'pass' : 'MISS';
}

function ratioText(t: Target | null, ratio: number): string {
  return t?.kind === 'faster-by' ? `${(1 / ratio).toFixed(0)}× faster` : `${ratio.toFixed(2)}×`;
}

function table(header: string[], rows: string[][]): string {
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

export function comparisonTable(
  comparisons: Comparison[],
  medians: Record<string, number>,
): { text: string; misses: string[] } {
  const misses: string[] = [];
  const rows = comparisons.map((c) => {
    const op = medians[c.op]!;
    const base = medians[c.baseline]!;
    const ratio = op / base;
    const v = verdict(c.target, ratio);
    if (v === 'MISS') misses.push(c.operation);
    return [
      c.operation + (c.note ? ` (${c.note})` : ''),
      ms(op),
      c.baselineLabel,
      ms(base),
      ratioText(c.target, ratio),
      targetText(c.target),
      v,
    ];
  });
  return {
    text: table(['operation', 'median ms', 'baseline', 'baseline median ms', 'ratio', 'target', 'pass/miss'], rows),
    misses,
  };
}

/** A response sent as a file the user saves (an export) is not held to the limit: no screen waits on it. */
const isDownload = (s: PayloadSize) => s.label.includes('a download');

/** Each probed response's size against PAYLOAD_LIMIT; a larger one is a miss (issue 18). */
export function payloadTable(sizes: PayloadSize[], scale = 'decade'): { text: string; misses: string[] } {
  const misses: string[] = [];
  const rows = sizes.map((s) => {
    const verdict = isDownload(s) ? '– (a download)' : s.bytes <= PAYLOAD_LIMIT ? 'pass' : 'MISS';
    if (verdict === 'MISS') misses.push(`${s.label} sends ${(s.bytes / 1024).toFixed(0)} KiB at ${scale} scale`);
    return [s.label, `\`${s.channel}\``, s.bytes.toLocaleString('en'), `${(s.bytes / 1024).toFixed(1)} KiB`, verdict];
  });
  return {
    text: table([`response (${scale} scale)`, 'channel', 'bytes of JSON', 'KiB', '≤ 64 KiB: pass/miss'], rows),
    misses,
  };
}

export type ScaleName = 'decade' | 'director';
export type LatencyFigures = Pick<CaseResult, 'p50' | 'p95' | 'p99'>;

/** p50/p95/p99 per scale, p95 against the row's budget. */
export function latencyTable(
  rows: LatencyRow[],
  figures: Record<string, Record<string, LatencyFigures>>,
): { text: string; misses: string[] } {
  const misses: string[] = [];
  const lines: string[][] = [];
  for (const row of rows) {
    for (const [scale, byOp] of Object.entries(figures)) {
      const f = byOp[row.op];
      if (!f) continue;
      const budget = row.budgetMs[scale as ScaleName];
      const pass = budget === undefined ? '–' : f.p95! <= budget ? 'pass' : 'MISS';
      if (pass === 'MISS') misses.push(`${row.operation} at ${scale} scale (p95 ${ms(f.p95!)} ms)`);
      lines.push([
        row.operation + (row.note ? ` (${row.note})` : ''),
        scale,
        ms(f.p50!),
        ms(f.p95!),
        ms(f.p99!),
        budget === undefined ? '–' : `p95 ≤ ${budget} ms`,
        pass,
      ]);
    }
  }
  return { text: table(['operation', 'scale', 'p50 ms', 'p95 ms', 'p99 ms', 'target', 'pass/miss'], lines), misses };
}

/**
 * Director-scale time over decade-scale time for every operation timed at both. Views of one
 * person have a target (they must not grow with everyone else's data); the rest are shown.
 */
export function growthTable(
  labels: Record<string, string>,
  decade: Record<string, number>,
  director: Record<string, number>,
  limited: Record<string, number>,
): { text: string; misses: string[] } {
  const misses: string[] = [];
  const rows = Object.keys(labels)
    .filter((op) => decade[op] !== undefined && director[op] !== undefined)
    .map((op) => {
      const growth = director[op]! / decade[op]!;
      const limit = limited[op];
      const pass = limit === undefined ? '–' : growth <= limit ? 'pass' : 'MISS';
      if (pass === 'MISS') misses.push(`${labels[op]} grew ${growth.toFixed(2)}×`);
      return [
        labels[op]!,
        ms(decade[op]!),
        ms(director[op]!),
        `${growth.toFixed(2)}×`,
        limit === undefined ? '(for information)' : `≤ ${limit}×`,
        pass,
      ];
    });
  return {
    text: table(['operation', 'decade ms', 'director ms', 'growth', 'target', 'pass/miss'], rows),
    misses,
  };
}

export function memoryTables(reports: { label: string; m: MemoryReport }[]): string {
  return `${table(
    ['main-process memory after opening and answering each probed request', 'rss MiB', 'heap used MiB', 'external MiB'],
    reports.map(({ label, m }) => [label, m.rssMiB.toFixed(1), m.heapUsedMiB.toFixed(1), m.externalMiB.toFixed(1)]),
  )}\n\nMemory has no limit in issue 18: reported against the empty store, neither pass nor miss.`;
}

export function windowTable(
  figures: {
    scale: string;
    w: WindowFigures;
  }[],
  budgetMs: number,
): { text: string; misses: string[] } {
  const misses: string[] = [];
  const rows = figures.map(({ scale, w }) => {
    const pass = w.homeMs <= budgetMs ? 'pass' : 'MISS';
    if (pass === 'MISS') misses.push(`Home painted at ${scale} scale in ${ms(w.homeMs)} ms`);
    return [
      scale,
      ms(w.homeMs),
      ms(w.blankMs),
      ms(w.homeMs - w.blankMs),
      `${(w.scriptBytes / 1024).toFixed(0)} KiB`,
      `${w.heapAfterHomeMiB.toFixed(1)} / ${w.heapAfterEveryScreenMiB.toFixed(1)} (${w.screens} screens)`,
      `≤ ${budgetMs} ms`,
      pass,
    ];
  });
  return {
    text: table(
      [
        'store',
        'navigation → Home painted with data, ms',
        'blank page, same shell, ms',
        'difference ms',
        'script fetched before Home paints',
        'renderer JS heap MiB: Home / every screen visited',
        'target',
        'pass/miss',
      ],
      rows,
    ),
    misses,
  };
}

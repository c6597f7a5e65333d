import type { Comparison, Target } from './cases';
import type { MemoryReport, PayloadSize } from './measure';

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

export function payloadTable(sizes: PayloadSize[]): string {
  const rows = sizes.map((s) => [
    s.label,
    `\`${s.channel}\``,
    s.bytes.toLocaleString('en'),
    `${(s.bytes / 1024).toFixed(1)} KiB`,
    s.bytes <= PAYLOAD_LIMIT ? 'pass' : 'LARGE',
  ]);
  return table(['response (decade scale)', 'channel', 'bytes of JSON', 'KiB', '≤ 64 KiB'], rows);
}

export function memoryTable(decade: MemoryReport, empty: MemoryReport): string {
  const row = (label: string, m: MemoryReport) => [
    label,
    m.rssMiB.toFixed(1),
    m.heapUsedMiB.toFixed(1),
    m.externalMiB.toFixed(1),
  ];
  return table(
    ['main-process memory after opening and answering each probed request', 'rss MiB', 'heap used MiB', 'external MiB'],
    [row('decade store', decade), row('empty store (baseline)', empty)],
  );
}

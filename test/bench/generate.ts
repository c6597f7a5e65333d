/**
 * Fills an encrypted store with a fixed-seed decade of data and prints its timing.
 *   npx tsx test/bench/generate.ts --out FILE [--scale decade|small|tiny] [--seed N]
 * The store's key is BENCH_KEY (generator/index.ts).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateFile, SCALES } from './generator';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    scale: { type: 'string', default: 'decade' },
    seed: { type: 'string', default: '20260302' },
  },
});
const scale = SCALES[values.scale as keyof typeof SCALES];
if (!values.out || !scale) {
  console.error('usage: generate.ts --out FILE [--scale decade|small|tiny] [--seed N]');
  process.exit(2);
}
if (existsSync(values.out)) {
  console.error(`${values.out} exists; the generator writes a new file only.`);
  process.exit(2);
}
const report = generateFile(values.out, { scale, seed: Number(values.seed) });
for (const part of report.parts) {
  const rows = Object.entries(part.rows)
    .map(([k, n]) => `${n.toLocaleString('en')} ${k}`)
    .join(', ');
  console.log(`${part.name.padEnd(12)} ${(part.ms / 1000).toFixed(1).padStart(6)} s  ${rows}`);
}
console.log(`${report.scale} scale, seed ${report.seed}: ${(report.ms / 1000).toFixed(1)} s in all -> ${values.out}`);

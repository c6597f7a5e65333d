/**
 * Bench worker: one process per measurement, so one case's caches and garbage never colour
 * another's. Prints one line of JSON.
 *   node --import tsx test/bench/case.ts case <name> <decadeFile> <emptyFile>
 *   node --import tsx test/bench/case.ts paired <name> <decadeFile> <directorFile> <emptyFile>
 *   node --import tsx test/bench/case.ts payloads <decadeFile>
 *   node --expose-gc --import tsx test/bench/case.ts memory <file>
 */
import { openEnv } from './env';
import { measureMemory, measurePayloads, runCase, runPaired } from './measure';

const [command, a, b] = process.argv.slice(2);
let out: unknown;
if (command === 'case' && a && b && process.argv[5]) {
  out = runCase(a, { decade: b, empty: process.argv[5] });
} else if (command === 'paired' && a && b && process.argv[5] && process.argv[6]) {
  out = runPaired(a, { decade: b, director: process.argv[5], empty: process.argv[6] });
} else if (command === 'payloads' && a) {
  const env = openEnv(a, a, a);
  out = measurePayloads(env);
  env.close();
} else if (command === 'memory' && a) {
  out = measureMemory(a);
} else {
  console.error(
    'usage: case.ts case <name> <decade> <empty> | paired <name> <decade> <director> <empty> | payloads <file> | memory <file>',
  );
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(out)}\n`);

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '#electron/db/open';

const dir = mkdtempSync(join(tmpdir(), 'cairn-kill-'));
const file = join(dir, 'cairn.sqlite');
const key = randomBytes(32).toString('hex');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the writer, lets it acknowledge some commits, then kills it with SIGKILL. */
function writeThenKill(start: number, ackTarget: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/support/durabilityWriter.ts', file, key, String(start)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const acked: number[] = [];
    let buffered = '';
    let errors = '';
    child.stderr.on('data', (d: Buffer) => (errors += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('ack ')) acked.push(Number(line.slice(4)));
      if (acked.length >= ackTarget && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer ended without being killed: ${errors.slice(0, 500)}`));
      else resolve(acked);
    });
  });
}

it('keeps every acknowledged write through repeated kill -9, with integrity intact', async () => {
  closeDatabase(openDatabase(file, { key })); // create and migrate once, outside the loop
  const acknowledged = new Set<number>();
  let next = 0;
  for (let round = 0; round < 12; round++) {
    const acked = await writeThenKill(next, 20 + ((round * 37) % 90));
    expect(acked.length).toBeGreaterThan(0);
    for (const n of acked) acknowledged.add(n);
    next = Math.max(...acked) + 1000; // leave a gap so rows written after the last ack are told apart

    const db = openDatabase(file, { key });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const present = new Set(
      (db.prepare("SELECT name FROM people WHERE name LIKE 'probe %'").pluck().all() as string[]).map((n) =>
        Number(n.slice(6)),
      ),
    );
    const lost = [...acknowledged].filter((n) => !present.has(n));
    expect(lost).toEqual([]);
    closeDatabase(db);
  }
  expect(acknowledged.size).toBeGreaterThan(300);
}, 120_000);

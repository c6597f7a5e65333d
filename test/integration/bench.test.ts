import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from '#electron/db/open';
import { caseMeasuring, comparisons, findCase, latencyRows, payloadProbes } from '../bench/cases';
import { PAYLOAD_LIMIT, payloadTable } from '../bench/report';
import { BENCH_KEY, generateFile, generatorParts, SCALES } from '../bench/generator';
import type { CaseResult, PairedResult, PayloadSize } from '../bench/measure';
import { TYPED_PREFIXES } from '../bench/typed';

// The benchmark's machinery at a tiny scale: the generator fills an encrypted store, and a case
// runs in its own process and reports. Timings are printed by `npm run bench`, never asserted.
const dir = mkdtempSync(join(tmpdir(), 'cairn-bench-test-'));
const tiny = join(dir, 'tiny.sqlite');
const empty = join(dir, 'empty.sqlite');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const worker = (...args: string[]) =>
  JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', 'test/bench/case.ts', ...args], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop()!,
  );

it('generates the same tiny store from the same seed, encrypted with the bench key', () => {
  const report = generateFile(tiny, { scale: SCALES.tiny, seed: 7 });
  expect(report.parts[0]).toMatchObject({ name: 'people', rows: { teams: 2, people: 4 } });
  expect(report.parts.find((p) => p.name === 'evidence')?.rows.entries).toBeGreaterThan(0);
  expect(report.parts.map((p) => p.name)).toEqual([
    ...generatorParts.map((p) => p.name),
    'search index',
    'maintenance',
  ]);
  openDatabase(empty, { key: BENCH_KEY }).close();
  // Bulk-loaded with the search triggers off: the indexes match the rows exactly, and the
  // triggers are back as the migrations wrote them.
  const db = openDatabase(tiny, { key: BENCH_KEY });
  for (const index of ['oo_shared_notes_fts', 'oo_private_notes_fts', 'oo_items_fts', 'evidence_fts'])
    db.prepare(`INSERT INTO ${index} (${index}, rank) VALUES ('integrity-check', 1)`).run();
  const fresh = openDatabase(join(dir, 'fresh.sqlite'), { key: BENCH_KEY });
  const triggers = (d: typeof db) =>
    d.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all();
  expect(triggers(db)).toEqual(triggers(fresh));
  expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  fresh.close();
  db.close();

  const again = join(dir, 'again.sqlite');
  generateFile(again, { scale: SCALES.tiny, seed: 7 });
  const ids = (file: string) => {
    const db = openDatabase(file, { key: BENCH_KEY });
    const rows = db.prepare('SELECT id, name, status FROM people ORDER BY id').all();
    db.close();
    return rows;
  };
  expect(ids(again)).toEqual(ids(tiny));
  expect(() => openDatabase(tiny)).toThrow();
});

it('runs a case in its own process and reports a median; every compared case exists', () => {
  const result = worker('case', 'pk-lookup', tiny, empty) as CaseResult;
  expect(result.name).toBe('pk-lookup');
  expect(result.iterations).toBeGreaterThanOrEqual(3);
  expect(Number.isFinite(result.medianMs)).toBe(true);

  const sizes = worker('payloads', tiny) as PayloadSize[];
  expect(sizes.map((s) => s.label)).toEqual(payloadProbes.map((p) => p.label));
  expect(sizes.every((s) => s.bytes > 0)).toBe(true);
  for (const c of comparisons) for (const name of [c.op, c.baseline]) expect(caseMeasuring(name)).toBeDefined();
  for (const row of latencyRows) expect(findCase(row.op).latency).toBeDefined();

  // A case with an in-process baseline reports both; the launch cases open, check and write.
  const paired = worker('case', 'ipc-people-get', tiny, empty) as CaseResult;
  expect(Number.isFinite(paired.medianMs) && Number.isFinite(paired.baselineMs!)).toBe(true);
  // A latency case times every typed prefix and reports percentiles.
  const typing = worker('case', 'notes-typing', tiny, empty) as CaseResult;
  expect(typing.iterations).toBe(2 * TYPED_PREFIXES.length);
  expect(typing.p50! <= typing.p95! && typing.p95! <= typing.p99!).toBe(true);
  // Growth of a per-person view: both stores in one process, turn about.
  const growth = worker('paired', 'evidence-timeline', tiny, tiny, empty) as PairedResult;
  expect(Number.isFinite(growth.decadeMs) && Number.isFinite(growth.directorMs)).toBe(true);
  expect(growth.iterations).toBeGreaterThanOrEqual(3);
  for (const name of ['open-decade', 'check-decade', 'first-write-decade']) {
    expect((worker('case', name, tiny, empty) as CaseResult).iterations).toBeGreaterThanOrEqual(3);
  }
});

it('prints each payload against the 64 KiB limit: a larger response is a miss, a download is not held to it', () => {
  const { text, misses } = payloadTable(
    [
      { label: 'small list', channel: 'people.page', bytes: PAYLOAD_LIMIT },
      { label: 'everyone at once', channel: 'people.list', bytes: PAYLOAD_LIMIT + 1 },
      { label: 'people.export (one person, a download)', channel: 'people.export', bytes: 5 * PAYLOAD_LIMIT },
    ],
    'director',
  );
  expect(misses).toEqual(['everyone at once sends 64 KiB at director scale']);
  expect(text).toContain('| small list | `people.page` | 65,536 | 64.0 KiB | pass |');
  expect(text).toContain('| everyone at once | `people.list` | 65,537 | 64.0 KiB | MISS |');
  expect(text).toContain('– (a download)');
});

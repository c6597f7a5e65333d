import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { replaceFile } from '../durableFiles';
import Database from 'better-sqlite3-multiple-ciphers';
import type { BackupInfo, BackupKind, BackupPreview } from '#shared/backups/model';
import { BACKUP_KINDS } from '#shared/backups/model';
import { applyKey, type DbKey } from '../db/cipher';
import type { Db } from '../db/open';
import { invalid, notFound } from '../ipc/domainError';
import { inspectBackup } from './inspectBackup';

/** File names carry the kind and the moment: cairn-<kind>-2026-03-02T09-00-00-000Z.sqlite */
const NAME = new RegExp(
  `^cairn-(${BACKUP_KINDS.join('|')})-(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z)\\.sqlite$`,
);

export function backupFileName(kind: BackupKind, at: Date): string {
  return `cairn-${kind}-${at.toISOString().replace(/[:.]/g, '-')}.sqlite`;
}

function parseName(name: string): { kind: BackupKind; createdAt: string } | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, kind, stamp] = match as unknown as [string, BackupKind, string];
  const iso = stamp.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z');
  return { kind, createdAt: iso };
}

export function listBackups(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((id) => {
      const parsed = parseName(id);
      return parsed ? { id, ...parsed, bytes: statSync(join(dir, id)).size } : null;
    })
    .filter((b): b is BackupInfo => b !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export function backupPath(dir: string, id: string): string {
  if (!parseName(id) || !existsSync(join(dir, id))) throw notFound('backup');
  return join(dir, id);
}

function openBackup(path: string, key: DbKey): Db {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  applyKey(db, key);
  return db;
}

/** A backup counts only if it opens with the key and passes SQLite's full integrity check. */
export function verifyBackup(path: string, key: DbKey): boolean {
  let db: Db | null = null;
  try {
    db = openBackup(path, key);
    return db.pragma('integrity_check', { simple: true }) === 'ok';
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/**
 * VACUUM INTO writes a compact copy (encrypted with the same key) under a temporary name;
 * only a copy that verifies is given its real name, so a half-written backup never lists.
 */
export function writeBackup(db: Db, dir: string, kind: BackupKind, at: Date, key: DbKey): BackupInfo {
  const id = backupFileName(kind, at);
  const final = join(dir, id);
  const partial = `${final}.partial`;
  rmSync(partial, { force: true });
  db.prepare('VACUUM INTO ?').run(partial);
  if (!verifyBackup(partial, key)) {
    rmSync(partial, { force: true });
    throw new Error('The new backup failed its integrity check and was discarded.');
  }
  replaceFile(partial, final);
  return { id, kind, createdAt: at.toISOString(), bytes: statSync(final).size };
}

/** Row counts per table, leaving out SQLite's own tables and full-text index internals. */
export function countRows(db: Db): Record<string, number> {
  const tables = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string; sql: string }[];
  const virtual = tables.filter((t) => /^CREATE VIRTUAL/i.test(t.sql)).map((t) => t.name);
  const counts: Record<string, number> = {};
  for (const { name, sql } of tables) {
    if (/^CREATE VIRTUAL/i.test(sql) || virtual.some((v) => name.startsWith(`${v}_`))) continue;
    counts[name] = (db.prepare(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`).get() as { n: number }).n;
  }
  return counts;
}

/** What a backup holds; a file Cairn could not restore is refused with the reason in words. */
export function previewBackup(dir: string, id: string, key: DbKey): BackupPreview {
  const path = backupPath(dir, id);
  const parsed = parseName(id)!;
  const verdict = inspectBackup(path, key);
  if (!verdict.usable) throw invalid(verdict.reason, 'id');
  const db = openBackup(path, key);
  try {
    return {
      id,
      createdAt: parsed.createdAt,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      counts: countRows(db),
    };
  } finally {
    db.close();
  }
}

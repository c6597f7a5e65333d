import { randomUUID } from 'node:crypto';
import type { Ladder, LadderDoc, LadderSummary, LadderVersionInfo } from '#shared/ladders/model';
import type { ReadableDB, WritableDB } from '../../db/access';

interface LadderRow {
  id: string;
  name: string;
  source: string;
  current_version_id: string;
  updated_at: string;
}

interface VersionRow {
  id: string;
  number: number;
  created_at: string;
  assessments: number;
}

const VERSION_INFO = `
  SELECT v.id, v.number, v.created_at,
    (SELECT count(*) FROM assessments a WHERE a.ladder_version_id = v.id) AS assessments
  FROM ladder_versions v`;

const toInfo = (r: VersionRow): LadderVersionInfo => ({
  id: r.id,
  number: r.number,
  createdAt: r.created_at,
  assessments: r.assessments,
});

export function listLadders(db: ReadableDB): LadderSummary[] {
  const rows = db
    .prepare(
      `SELECT l.id, l.name, l.source, l.updated_at, v.number, v.doc,
         (SELECT count(*) FROM assessments a JOIN ladder_versions x ON x.id = a.ladder_version_id WHERE x.ladder_id = l.id) AS assessments
       FROM ladders l JOIN ladder_versions v ON v.id = l.current_version_id
       ORDER BY l.name COLLATE NOCASE, l.id`,
    )
    .all() as (LadderRow & { number: number; doc: string; assessments: number })[];
  return rows.map((r) => {
    const doc = JSON.parse(r.doc) as LadderDoc;
    return {
      id: r.id,
      name: r.name,
      source: r.source,
      versionNumber: r.number,
      tracks: doc.tracks.length,
      levels: doc.levels.length,
      competencies: doc.competencies.length,
      assessments: r.assessments,
      updatedAt: r.updated_at,
      placement: { tracks: doc.tracks, levels: doc.levels },
    };
  });
}

export function findLadder(db: ReadableDB, id: string, versionId?: string): Ladder | undefined {
  const row = db.prepare('SELECT * FROM ladders WHERE id = ?').get(id) as LadderRow | undefined;
  if (!row) return undefined;
  const wanted = versionId ?? row.current_version_id;
  const version = db.prepare('SELECT doc FROM ladder_versions WHERE id = ? AND ladder_id = ?').get(wanted, id) as
    { doc: string } | undefined;
  if (!version) return undefined;
  const versions = (db.prepare(`${VERSION_INFO} WHERE v.ladder_id = ? ORDER BY v.number`).all(id) as VersionRow[]).map(
    toInfo,
  );
  return {
    id: row.id,
    name: row.name,
    source: row.source,
    currentVersionId: row.current_version_id,
    version: versions.find((v) => v.id === wanted)!,
    versions,
    doc: JSON.parse(version.doc) as LadderDoc,
  };
}

/**
 * A ladder's name and current document, for rows that only show its wording (goals): no
 * version list, whose per-version assessment counts read every person's assessments.
 */
export function ladderWording(db: ReadableDB, id: string): { name: string; doc: LadderDoc } | undefined {
  const row = db
    .prepare('SELECT l.name, v.doc FROM ladders l JOIN ladder_versions v ON v.id = l.current_version_id WHERE l.id = ?')
    .get(id) as { name: string; doc: string } | undefined;
  return row && { name: row.name, doc: JSON.parse(row.doc) as LadderDoc };
}

/**
 * Reads each key once for the length of one request: a list of thirty goals or assessments
 * names the same ladder thirty times, and parsing its document (hundreds of competencies)
 * each time was most of the list's cost. Not kept between requests: a ladder's current
 * version is edited in place until an assessment freezes it.
 */
export function onceEach<T>(read: (key: string) => T): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    if (!seen.has(key)) seen.set(key, read(key));
    return seen.get(key)!;
  };
}

/** The document of one version, for assessments that keep their own wording. */
export function versionDoc(
  db: ReadableDB,
  versionId: string,
): { ladderId: string; number: number; doc: LadderDoc } | undefined {
  const row = db.prepare('SELECT ladder_id, number, doc FROM ladder_versions WHERE id = ?').get(versionId) as
    { ladder_id: string; number: number; doc: string } | undefined;
  return row && { ladderId: row.ladder_id, number: row.number, doc: JSON.parse(row.doc) as LadderDoc };
}

export function insertLadder(db: WritableDB, doc: LadderDoc, source: string, now: string): string {
  const id = randomUUID();
  const versionId = randomUUID();
  db.prepare(
    'INSERT INTO ladders (id, name, source, current_version_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(id, doc.name, source, versionId, now, now);
  db.prepare('INSERT INTO ladder_versions (id, ladder_id, number, doc, created_at) VALUES (?, ?, 1, ?, ?)').run(
    versionId,
    id,
    JSON.stringify(doc),
    now,
  );
  return id;
}

export function countAssessmentsOfVersion(db: ReadableDB, versionId: string): number {
  return (
    db.prepare('SELECT count(*) AS n FROM assessments WHERE ladder_version_id = ?').get(versionId) as { n: number }
  ).n;
}

/**
 * Saves a new document. A version that assessments point at is frozen, so the change becomes
 * a new version; an unused current version is edited in place (no version per keystroke).
 */
export function saveLadderDoc(db: WritableDB, id: string, currentVersionId: string, doc: LadderDoc, now: string): void {
  if (countAssessmentsOfVersion(db, currentVersionId) > 0) {
    const versionId = randomUUID();
    const { n } = db.prepare('SELECT max(number) AS n FROM ladder_versions WHERE ladder_id = ?').get(id) as {
      n: number;
    };
    db.prepare('INSERT INTO ladder_versions (id, ladder_id, number, doc, created_at) VALUES (?, ?, ?, ?, ?)').run(
      versionId,
      id,
      n + 1,
      JSON.stringify(doc),
      now,
    );
    db.prepare('UPDATE ladders SET current_version_id = ? WHERE id = ?').run(versionId, id);
  } else {
    db.prepare('UPDATE ladder_versions SET doc = ? WHERE id = ?').run(JSON.stringify(doc), currentVersionId);
  }
  db.prepare('UPDATE ladders SET name = ?, updated_at = ? WHERE id = ?').run(doc.name, now, id);
}

export function countAssessmentsOfLadder(db: ReadableDB, id: string): number {
  return (
    db
      .prepare(
        'SELECT count(*) AS n FROM assessments a JOIN ladder_versions v ON v.id = a.ladder_version_id WHERE v.ladder_id = ?',
      )
      .get(id) as { n: number }
  ).n;
}

export function deleteLadder(db: WritableDB, id: string): void {
  db.prepare('UPDATE people SET ladder_id = NULL, track = ?, level = ? WHERE ladder_id = ?').run('', '', id);
  db.prepare('DELETE FROM ladders WHERE id = ?').run(id);
}

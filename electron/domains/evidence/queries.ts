import { randomUUID } from 'node:crypto';
import type { EvidenceEntry, EvidenceFields, EvidenceListQuery, EvidencePage } from '#shared/evidence/model';
import { sourceHref } from '#shared/evidence/links';
import type { ReadableDB, WritableDB } from '../../db/access';
import { toFtsQuery } from '../oneOnOnes/search';
import type { ResolvedSource } from './sources';

/** A page of the timeline: small enough to stay far under 64 KiB with long entries. */
export const PAGE_SIZE = 50;

interface EntryRow {
  seq: number;
  id: string;
  person_id: string;
  happened: string;
  shows: string;
  seen_on: string;
  source_kind: EvidenceEntry['source']['kind'];
  source_id: string | null;
  source_on: string | null;
  source_label: string;
  source_private: number;
  private: number;
  shareable: string;
  created_at: string;
  updated_at: string;
  tags: string | null;
  pair_id: string | null;
}

const COLUMNS = `e.seq, e.id, e.person_id, e.happened, e.shows, e.seen_on, e.source_kind, e.source_id, e.source_on,
  e.source_label, e.source_private, e.private, e.shareable, e.created_at, e.updated_at,
  (SELECT json_group_array(t.tag) FROM evidence_tags t WHERE t.entry_seq = e.seq) AS tags,
  CASE e.source_kind WHEN 'mentoring' THEN (SELECT s.pair_id FROM mentoring_sessions s WHERE s.id = e.source_id) END
    AS pair_id`;

function toEntry(row: EntryRow): EvidenceEntry {
  return {
    id: row.id,
    personId: row.person_id,
    happened: row.happened,
    shows: row.shows,
    seenOn: row.seen_on,
    competencyIds: row.tags ? (JSON.parse(row.tags) as string[]) : [],
    private: row.private === 1,
    shareable: row.shareable,
    source: {
      kind: row.source_kind,
      id: row.source_id,
      on: row.source_on,
      label: row.source_label,
      href: sourceHref(row.person_id, row.source_kind, row.source_id, row.pair_id),
      privateNotes: row.source_private === 1,
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function findEntry(db: ReadableDB, id: string): EvidenceEntry | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM evidence_entries e WHERE e.id = ?`).get(id) as EntryRow | undefined;
  return row && toEntry(row);
}

/**
 * Newest first (seen_on, then the order logged), through the (person_id, seen_on, seq) index.
 * A competency filter walks the tags index instead, (person_id, tag, seen_on, entry_seq): only
 * the person's entries with that tag, already in timeline order (testing every entry of the
 * person for the tag cost twice as much at director scale, where the tags' own index is
 * deeper). Words go through the full-text index, whose matches are joined to their rows by
 * primary key and filtered there.
 */
export function listEntries(db: ReadableDB, q: EvidenceListQuery): EvidencePage {
  const match = q.text ? toFtsQuery(q.text) : null;
  if (q.text && !match) return { entries: [], more: false };
  const byTag = Boolean(q.competencyId) && !match;
  // The timeline's order, read from the tags index when it leads.
  const on = byTag ? 't.seen_on' : 'e.seen_on';
  const seq = byTag ? 't.entry_seq' : 'e.seq';
  const where = [byTag ? 't.person_id = @personId AND t.tag = @tag' : 'e.person_id = @personId'];
  const params: Record<string, unknown> = { personId: q.personId, limit: PAGE_SIZE + 1 };
  if (q.from) {
    where.push(`${on} >= @from`);
    params.from = q.from;
  }
  if (q.to) {
    where.push(`${on} <= @to`);
    params.to = q.to;
  }
  if (q.competencyId) {
    if (!byTag) where.push('EXISTS (SELECT 1 FROM evidence_tags t WHERE t.entry_seq = e.seq AND t.tag = @tag)');
    params.tag = q.competencyId;
  }
  if (q.after) {
    const afterSeq = db.prepare('SELECT seq FROM evidence_entries WHERE id = ?').pluck().get(q.after.id) as
      number | undefined;
    where.push(`(${on} < @afterOn OR (${on} = @afterOn AND ${seq} < @afterSeq))`);
    params.afterOn = q.after.seenOn;
    params.afterSeq = afterSeq ?? Number.MAX_SAFE_INTEGER;
  }
  let from = byTag ? 'evidence_tags t CROSS JOIN evidence_entries e ON e.seq = t.entry_seq' : 'evidence_entries e';
  if (match) {
    from = 'evidence_fts f JOIN evidence_entries e ON e.seq = f.rowid';
    where.push('evidence_fts MATCH @match');
    params.match = match;
  }
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM ${from} WHERE ${where.join(' AND ')} ORDER BY ${on} DESC, ${seq} DESC LIMIT @limit`,
    )
    .all(params) as EntryRow[];
  return { entries: rows.slice(0, PAGE_SIZE).map(toEntry), more: rows.length > PAGE_SIZE };
}

/** Every entry of a person in a period, oldest first: for drafts and export. */
export function entriesInPeriod(
  db: ReadableDB,
  personId: string,
  from: string | null,
  to: string | null,
): EvidenceEntry[] {
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM evidence_entries e
        WHERE e.person_id = @personId AND (@from IS NULL OR e.seen_on >= @from) AND (@to IS NULL OR e.seen_on <= @to)
        ORDER BY e.seen_on, e.seq`,
    )
    .all({ personId, from, to }) as EntryRow[];
  return rows.map(toEntry);
}

/** Entries per tag in a period, and the latest entry per tag ever: what coverage is made of. */
export function tagCounts(
  db: ReadableDB,
  personId: string,
  from: string | null,
  to: string | null,
): Map<string, { count: number; lastSeenOn: string }> {
  const rows = db
    .prepare(
      `SELECT tag,
              sum(CASE WHEN (@from IS NULL OR seen_on >= @from) AND (@to IS NULL OR seen_on <= @to) THEN 1 ELSE 0 END) AS n,
              max(seen_on) AS last
         FROM evidence_tags WHERE person_id = @personId GROUP BY tag`,
    )
    .all({ personId, from, to }) as { tag: string; n: number; last: string }[];
  return new Map(rows.map((r) => [r.tag, { count: r.n, lastSeenOn: r.last }]));
}

/** Free tags a person's evidence already uses, for the form to offer again. */
export function tagsInUse(db: ReadableDB, personId: string): string[] {
  return db
    .prepare('SELECT DISTINCT tag FROM evidence_tags WHERE person_id = ? ORDER BY tag')
    .pluck()
    .all(personId) as string[];
}

function writeTags(db: WritableDB, seq: number, personId: string, tags: string[], seenOn: string): void {
  db.prepare('DELETE FROM evidence_tags WHERE entry_seq = ?').run(seq);
  const insert = db.prepare('INSERT INTO evidence_tags (entry_seq, person_id, tag, seen_on) VALUES (?, ?, ?, ?)');
  for (const tag of new Set(tags)) insert.run(seq, personId, tag, seenOn);
}

export function insertEntry(
  db: WritableDB,
  personId: string,
  source: ResolvedSource,
  fields: EvidenceFields,
  now: string,
): string {
  const id = randomUUID();
  const isPrivate = fields.private || source.private;
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO evidence_entries (id, person_id, happened, shows, seen_on, source_kind, source_id, source_on,
         source_label, source_private, private, shareable, created_at, updated_at)
       VALUES (@id, @personId, @happened, @shows, @seenOn, @kind, @sourceId, @sourceOn, @label, @sourcePrivate,
         @private, @shareable, @now, @now)`,
    )
    .run({
      id,
      personId,
      happened: fields.happened,
      shows: fields.shows,
      seenOn: fields.seenOn,
      kind: source.kind,
      sourceId: source.id,
      sourceOn: source.on,
      label: source.label,
      sourcePrivate: source.private ? 1 : 0,
      private: isPrivate ? 1 : 0,
      shareable: isPrivate ? fields.shareable : '',
      now,
    });
  writeTags(db, Number(lastInsertRowid), personId, fields.competencyIds, fields.seenOn);
  return id;
}

export function updateEntry(db: WritableDB, id: string, fields: EvidenceFields, now: string): void {
  const row = db.prepare('SELECT seq, person_id FROM evidence_entries WHERE id = ?').get(id) as {
    seq: number;
    person_id: string;
  };
  db.prepare(
    `UPDATE evidence_entries SET happened = @happened, shows = @shows, seen_on = @seenOn,
       private = @private, shareable = @shareable, updated_at = @now WHERE id = @id`,
  ).run({
    id,
    happened: fields.happened,
    shows: fields.shows,
    seenOn: fields.seenOn,
    private: fields.private ? 1 : 0,
    shareable: fields.private ? fields.shareable : '',
    now,
  });
  writeTags(db, row.seq, row.person_id, fields.competencyIds, fields.seenOn);
}

export function deleteEntry(db: WritableDB, id: string): void {
  db.prepare('DELETE FROM evidence_entries WHERE id = ?').run(id);
}

/**
 * Evidence seen after the person's last assessment (or, when one is being edited, after the
 * one before it), newest first; entries copied from an assessment are already in one.
 */
export function sinceLastAssessment(
  db: ReadableDB,
  personId: string,
  editingId: string | null,
  limit: number,
): EvidenceEntry[] {
  const since = db
    .prepare(
      `SELECT max(assessed_on) FROM assessments
        WHERE person_id = @personId AND (@editingId IS NULL OR (id <> @editingId
          AND assessed_on <= (SELECT assessed_on FROM assessments WHERE id = @editingId)))`,
    )
    .pluck()
    .get({ personId, editingId }) as string | null;
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM evidence_entries e
        WHERE e.person_id = @personId AND (@since IS NULL OR e.seen_on > @since) AND e.source_kind <> 'assessment'
        ORDER BY e.seen_on DESC, e.seq DESC LIMIT @limit`,
    )
    .all({ personId, since, limit }) as EntryRow[];
  return rows.map(toEntry);
}

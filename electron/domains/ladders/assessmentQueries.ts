import { randomUUID } from 'node:crypto';
import type { AssessmentRecord, AssessmentFields, AssessmentSummary, Evidence } from '#shared/ladders/assessment';
import { findLevel } from '#shared/ladders/doc';
import { countSteps, scaleOf, type Rating } from '#shared/ladders/scale';
import type { ReadableDB, WritableDB } from '../../db/access';
import { onceEach, versionDoc } from './queries';

interface AssessmentRow {
  id: string;
  person_id: string;
  ladder_version_id: string;
  level_id: string;
  assessed_on: string;
  summary: string;
  created_at: string;
  updated_at: string;
  ladder_id: string;
  ladder_name: string;
}

const SELECT = `
  SELECT a.*, v.ladder_id, l.name AS ladder_name
  FROM assessments a JOIN ladder_versions v ON v.id = a.ladder_version_id JOIN ladders l ON l.id = v.ladder_id`;

export function listAssessments(db: ReadableDB, personId: string): AssessmentSummary[] {
  const rows = db
    .prepare(`${SELECT} WHERE a.person_id = ? ORDER BY a.assessed_on DESC, a.created_at DESC`)
    .all(personId) as AssessmentRow[];
  const ratingsOf = db.prepare('SELECT rating FROM assessment_ratings WHERE assessment_id = ?').pluck();
  const countEvidence = db.prepare('SELECT count(*) AS n FROM assessment_evidence WHERE assessment_id = ?');
  const docOf = onceEach((versionId) => versionDoc(db, versionId)!);
  return rows.map((r) => {
    const version = docOf(r.ladder_version_id);
    // Counted on the scale of the version the assessment was made against.
    const counts = countSteps(scaleOf(version.doc), ratingsOf.all(r.id) as Rating[]);
    return {
      id: r.id,
      ladderId: r.ladder_id,
      ladderName: r.ladder_name,
      versionNumber: version.number,
      levelId: r.level_id,
      levelName: findLevel(version.doc, r.level_id)?.name ?? r.level_id,
      assessedOn: r.assessed_on,
      counts,
      evidence: (countEvidence.get(r.id) as { n: number }).n,
    };
  });
}

export function findAssessment(db: ReadableDB, id: string): AssessmentRecord | undefined {
  const r = db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as AssessmentRow | undefined;
  if (!r) return undefined;
  const version = versionDoc(db, r.ladder_version_id)!;
  const ratings = db
    .prepare('SELECT competency_id, rating, note FROM assessment_ratings WHERE assessment_id = ? ORDER BY rowid')
    .all(id) as { competency_id: string; rating: Rating; note: string }[];
  // The link is resolved on reading: a meeting that is gone leaves the stored label, no link.
  const evidenceRows = db
    .prepare(
      `SELECT e.id, e.text, e.seen_on, m.id AS meeting_id, e.meeting_label
       FROM assessment_evidence e LEFT JOIN oo_meetings m ON m.id = e.meeting_id AND m.person_id = e.person_id
       WHERE e.assessment_id = ? ORDER BY e.position`,
    )
    .all(id) as {
    id: string;
    text: string;
    seen_on: string | null;
    meeting_id: string | null;
    meeting_label: string;
  }[];
  const links = db
    .prepare('SELECT competency_id FROM evidence_competencies WHERE evidence_id = ? ORDER BY rowid')
    .pluck();
  const evidence: Evidence[] = evidenceRows.map((e) => ({
    id: e.id,
    text: e.text,
    seenOn: e.seen_on,
    meetingId: e.meeting_id,
    meetingLabel: e.meeting_label,
    competencyIds: links.all(e.id) as string[],
  }));
  return {
    id: r.id,
    personId: r.person_id,
    ladderId: r.ladder_id,
    ladderName: r.ladder_name,
    versionId: r.ladder_version_id,
    versionNumber: version.number,
    levelId: r.level_id,
    assessedOn: r.assessed_on,
    summary: r.summary,
    ratings: ratings.map((x) => ({ competencyId: x.competency_id, rating: x.rating, note: x.note })),
    evidence,
    doc: version.doc,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function writeDetails(db: WritableDB, id: string, personId: string, fields: AssessmentFields): void {
  db.prepare('DELETE FROM assessment_ratings WHERE assessment_id = ?').run(id);
  db.prepare('DELETE FROM assessment_evidence WHERE assessment_id = ?').run(id);
  const rating = db.prepare(
    'INSERT INTO assessment_ratings (assessment_id, competency_id, rating, note) VALUES (?, ?, ?, ?)',
  );
  for (const r of fields.ratings) rating.run(id, r.competencyId, r.rating, r.note);
  const evidence = db.prepare(
    `INSERT INTO assessment_evidence (id, assessment_id, person_id, position, text, seen_on, meeting_id, meeting_label)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const link = db.prepare('INSERT OR IGNORE INTO evidence_competencies (evidence_id, competency_id) VALUES (?, ?)');
  fields.evidence.forEach((e, i) => {
    const evidenceId = randomUUID();
    evidence.run(evidenceId, id, personId, i, e.text, e.seenOn, e.meetingId || null, e.meetingLabel);
    for (const c of e.competencyIds) link.run(evidenceId, c);
  });
}

export function insertAssessment(
  db: WritableDB,
  personId: string,
  versionId: string,
  fields: AssessmentFields & { assessedOn: string },
  now: string,
): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO assessments (id, person_id, ladder_version_id, level_id, assessed_on, summary, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, personId, versionId, fields.levelId, fields.assessedOn, fields.summary, now, now);
  writeDetails(db, id, personId, fields);
  return id;
}

export function updateAssessment(
  db: WritableDB,
  id: string,
  personId: string,
  fields: AssessmentFields & { assessedOn: string },
  now: string,
): void {
  db.prepare('UPDATE assessments SET level_id = ?, assessed_on = ?, summary = ?, updated_at = ? WHERE id = ?').run(
    fields.levelId,
    fields.assessedOn,
    fields.summary,
    now,
    id,
  );
  writeDetails(db, id, personId, fields);
}

export function deleteAssessment(db: WritableDB, id: string): void {
  db.prepare('DELETE FROM assessments WHERE id = ?').run(id);
}

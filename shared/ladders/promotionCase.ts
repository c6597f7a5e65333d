import type { AssessmentRecord, Evidence } from './assessment';
import { expectationOf } from './doc';
import { meetingSource } from './evidenceMeeting';
import { readiness } from './readiness';

/** Markdown text is inserted as given; lines that would start a heading are quoted. */
const para = (text: string) => text.replace(/^(#+\s)/gm, '\\$1');

/**
 * The 1:1 a piece of evidence came from, by its date. A promotion case is sent to people
 * outside Cairn, so it names the meeting rather than linking to an address only Cairn opens.
 */
function fromMeeting(e: Evidence): string {
  return meetingSource(e.meetingLabel);
}

/** A promotion case for one assessment, for the manager to send on or keep. */
export function promotionCaseMarkdown(personName: string, assessment: AssessmentRecord): string {
  const r = readiness(assessment);
  const lines: string[] = [];
  const target = r.nextLevelName ?? r.levelName;
  lines.push(`# Promotion case: ${personName}`, '');
  lines.push(`- Ladder: ${assessment.ladderName} (version ${assessment.versionNumber})`);
  lines.push(`- Current level: ${r.levelName}`);
  lines.push(`- Proposed level: ${target}`);
  lines.push(`- Assessed on: ${assessment.assessedOn}`, '');
  lines.push('## Where they stand', '', r.summary, '');
  if (assessment.summary) lines.push(para(assessment.summary), '');
  lines.push('## Competencies', '');
  for (const item of r.items) {
    lines.push(`### ${item.name} — ${item.ratingName ?? 'Not rated'}`, '');
    const note = assessment.ratings.find((x) => x.competencyId === item.competencyId)?.note;
    if (note) lines.push(para(note), '');
    const current = expectationOf(assessment.doc, item.competencyId, assessment.levelId);
    if (current) lines.push(`Expected at ${r.levelName}: ${para(current.text)}`, '');
    if (item.nextExpectation && r.nextLevelName)
      lines.push(`Expected at ${r.nextLevelName}: ${para(item.nextExpectation)}`, '');
    const evidence = assessment.evidence.filter((e) => e.competencyIds.includes(item.competencyId));
    if (evidence.length) {
      lines.push('Evidence:', '');
      for (const e of evidence) {
        const when = [e.seenOn, e.meetingLabel ? fromMeeting(e) : ''].filter(Boolean).join(', ');
        lines.push(`- ${para(e.text).replace(/\n/g, ' ')}${when ? ` (${when})` : ''}`);
      }
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

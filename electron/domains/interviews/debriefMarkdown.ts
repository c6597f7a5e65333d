import { localDate } from '#shared/calendar';
import { formatLongDate } from '#shared/format';
import type { Debrief } from '#shared/interviews/contract';
import { OUTCOME_LABELS, RECOMMENDATION_LABELS, RECOMMENDATIONS } from '#shared/interviews/model';
import { escapeMarkdownInline } from '#shared/markdown/escape';

/** Every name and text here came from people or files: escaped, one line (so also a table cell). */
const cell = escapeMarkdownInline;

/** The manager's calendar: the day it is now, and the zone that turns a stored moment into a day. */
export interface ManagerDay {
  /** Today on the manager's clock (electron/domains/clock.ts `today`), YYYY-MM-DD. */
  today: string;
  /** The manager's zone (Settings → My time zone, else this computer's). */
  timeZone: string;
}

/**
 * A candidate's debrief as a Markdown document, for the hiring record. Its dates are the
 * manager's calendar days: a decision taken at 09:00 on the 4th in Auckland is dated the 4th,
 * though UTC is still on the 3rd.
 */
export function debriefMarkdown(d: Debrief, day: ManagerDay): { fileName: string; markdown: string } {
  const { summary } = d;
  const exportedOn = day.today;
  const lines = [
    `# Debrief: ${cell(d.candidateLabel)}`,
    '',
    `- **Role:** ${cell(d.roleTitle)}`,
    `- **Stage:** ${cell(d.stage)}`,
    `- **Exported:** ${formatLongDate(exportedOn)}`,
  ];
  if (d.pending.length) lines.push(`- **Not yet submitted:** ${d.pending.map(cell).join(', ')}`);
  lines.push('', '## Decision', '');
  lines.push(
    d.decision
      ? `**${OUTCOME_LABELS[d.decision.outcome]}** (${formatLongDate(localDate(new Date(d.decision.decidedAt), day.timeZone))}): ${cell(d.decision.rationale)}`
      : 'No decision recorded yet.',
  );

  lines.push('', '## Recommendations', '');
  for (const r of RECOMMENDATIONS) lines.push(`- ${RECOMMENDATION_LABELS[r]}: ${summary.tally[r]}`);

  lines.push('', '## Scores', '');
  lines.push(`| Competency | ${summary.interviewers.map((i) => cell(i.name)).join(' | ')} | Spread |`);
  lines.push(`| --- | ${summary.interviewers.map(() => '---').join(' | ')} | --- |`);
  for (const row of summary.rows) {
    const flag = row.disagreement ? ' ⚑ disagreement' : '';
    lines.push(
      `| ${cell(row.name)} | ${row.cells.map((c) => (c.score ?? '–').toString()).join(' | ')} | ${row.spread ?? '–'}${flag} |`,
    );
  }
  if (summary.disagreements.length) {
    lines.push(
      '',
      '## Discuss first',
      '',
      ...summary.disagreements.map((name) => `- ${cell(name)}: scores two or more points apart`),
    );
  }
  if (summary.missingEvidence.length) {
    lines.push(
      '',
      '## Missing evidence',
      '',
      ...summary.missingEvidence.map((m) => `- ${cell(m.itemName)}: ${cell(m.interviewerName)}`),
    );
  }
  lines.push('', '## Evidence', '');
  for (const row of summary.rows) {
    lines.push(`### ${cell(row.name)}`, '');
    row.cells.forEach((c, i) =>
      lines.push(
        `- **${cell(summary.interviewers[i]!.name)}** (${c.score ?? '–'}): ${cell(c.evidence) || '_no evidence_'}`,
      ),
    );
    lines.push('');
  }
  const base = d.candidateLabel.replace(/[^\w-]+/g, '-').toLowerCase();
  return { fileName: `debrief-${base}-${exportedOn}.md`, markdown: `${lines.join('\n').trimEnd()}\n` };
}

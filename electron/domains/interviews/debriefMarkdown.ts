import { formatLongDate } from '#shared/format';
import type { Debrief } from '#shared/interviews/contract';
import { OUTCOME_LABELS, RECOMMENDATION_LABELS, RECOMMENDATIONS } from '#shared/interviews/model';
import { escapeMarkdownInline } from '#shared/markdown/escape';

/** Every name and text here came from people or files: escaped, one line (so also a table cell). */
const cell = escapeMarkdownInline;

/** A candidate's debrief as a Markdown document, for the hiring record. */
export function debriefMarkdown(d: Debrief, exportedAt: string): { fileName: string; markdown: string } {
  const { summary } = d;
  const lines = [
    `# Debrief: ${cell(d.candidateLabel)}`,
    '',
    `- **Role:** ${cell(d.roleTitle)}`,
    `- **Stage:** ${cell(d.stage)}`,
    `- **Exported:** ${formatLongDate(exportedAt.slice(0, 10))}`,
  ];
  if (d.pending.length) lines.push(`- **Not yet submitted:** ${d.pending.map(cell).join(', ')}`);
  lines.push('', '## Decision', '');
  lines.push(
    d.decision
      ? `**${OUTCOME_LABELS[d.decision.outcome]}** (${formatLongDate(d.decision.decidedAt.slice(0, 10))}): ${cell(d.decision.rationale)}`
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
  return { fileName: `debrief-${base}-${exportedAt.slice(0, 10)}.md`, markdown: `${lines.join('\n').trimEnd()}\n` };
}

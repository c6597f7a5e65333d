import type { DraftAudience, DraftKind, EvidenceEntry } from './model';
import { formatMonth } from '../format';
import { documentDate, documentSource } from './words';

export interface DraftCompetency {
  id: string;
  name: string;
  /** The rating of the latest assessment, in its scale's words; null when not rated. */
  rating: string | null;
  /** The latest evidence ever for it, for gaps ("none since June 2026"). */
  lastSeenOn: string | null;
}

export interface DraftInput {
  kind: DraftKind;
  audience: DraftAudience;
  personName: string;
  from: string | null;
  to: string | null;
  /** The level the draft is about (current for a review, target for a promotion case). */
  levelName: string | null;
  /** The date of the assessment the ratings come from. */
  ratedOn: string | null;
  /** The level's competencies in ladder order; empty when the person is not on a ladder. */
  competencies: DraftCompetency[];
  /** Names of competencies outside the level and free tags, by id. */
  otherNames: Map<string, string>;
  entries: EvidenceEntry[];
}

const TITLES: Record<DraftKind, string> = { review: 'Review', promotion: 'Promotion case' };

/** One line of Markdown: newlines folded so a bullet stays a bullet. */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

/** An entry as one bullet, or null when a shareable draft must leave it out. */
function bullet(entry: EvidenceEntry, audience: DraftAudience, personName: string): string | null {
  let text: string;
  let source = documentSource(entry.source, personName);
  if (entry.private && audience === 'shareable') {
    if (!entry.shareable.trim()) return null;
    text = oneLine(entry.shareable);
    const label = entry.source.label === 'private notes' ? '' : entry.source.label;
    source = documentSource({ ...entry.source, label }, personName);
  } else {
    text = oneLine(entry.happened) + (entry.shows.trim() ? ` — ${oneLine(entry.shows)}` : '');
    if (entry.private) text += ' *(private)*';
  }
  // The draft is read and copied outside Cairn, where an in-app address means nothing: sources are named, not linked.
  const cite = entry.source.kind === 'direct' ? source.toLowerCase() : source;
  return `- ${documentDate(entry.seenOn)}: ${text} (${cite})`;
}

function periodWords(from: string | null, to: string | null): string {
  if (from && to) return `${documentDate(from)} to ${documentDate(to)}`;
  if (from) return `since ${documentDate(from)}`;
  if (to) return `up to ${documentDate(to)}`;
  return 'all evidence logged';
}

/**
 * A review or promotion-case draft: the evidence organised per competency, each bullet naming
 * its source, the rating if there is one, and the gaps. It writes no judgement: the
 * manager writes that. A shareable draft leaves private entries out unless they have a
 * shareable version, and says how many it left out.
 */
export function evidenceDraft(input: DraftInput): { markdown: string; leftOut: number } {
  const lines: string[] = [];
  const level = input.levelName ? `: ${input.levelName}` : '';
  lines.push(`# ${TITLES[input.kind]} for ${input.personName}${level}`, '');
  lines.push(`Period: ${periodWords(input.from, input.to)}.`, '');
  const bulletsFor = (entries: EvidenceEntry[]) =>
    entries.flatMap((e) => {
      const b = bullet(e, input.audience, input.personName);
      return b === null ? [] : [b];
    });
  // Counted once per entry, however many competencies it supports.
  const leftOutIds = new Set(
    input.entries.filter((e) => input.audience === 'shareable' && e.private && !e.shareable.trim()).map((e) => e.id),
  );

  const gaps: DraftCompetency[] = [];
  const levelIds = new Set(input.competencies.map((c) => c.id));
  for (const c of input.competencies) {
    lines.push(`## ${c.name}`, '');
    if (c.rating) lines.push(`Rating${input.ratedOn ? ` (${documentDate(input.ratedOn)})` : ''}: ${c.rating}`, '');
    const bullets = bulletsFor(input.entries.filter((e) => e.competencyIds.includes(c.id)));
    if (bullets.length) lines.push(...bullets, '');
    else {
      gaps.push(c);
      lines.push('No evidence in this period.', '');
    }
  }
  const others = [...input.otherNames.keys()].filter((id) => !levelIds.has(id));
  for (const id of others) {
    const bullets = bulletsFor(input.entries.filter((e) => e.competencyIds.includes(id)));
    if (bullets.length) lines.push(`## ${input.otherNames.get(id)}`, '', ...bullets, '');
  }
  const untagged = bulletsFor(input.entries.filter((e) => e.competencyIds.length === 0));
  if (untagged.length) lines.push('## Not linked to a competency', '', ...untagged, '');

  if (gaps.length) {
    lines.push('## Gaps', '');
    for (const g of gaps) {
      lines.push(
        `- ${g.name}: no evidence in this period${g.lastSeenOn ? ` (the latest is from ${formatMonth(g.lastSeenOn)})` : ', and none logged before'}.`,
      );
    }
    lines.push('');
  }
  if (input.audience === 'shareable') {
    const n = leftOutIds.size;
    lines.push(
      n
        ? `*Left out: ${n} private ${n === 1 ? 'entry' : 'entries'} without a shareable version.*`
        : '*Nothing was left out: no private entry in this period lacks a shareable version.*',
      '',
    );
  }
  return { markdown: lines.join('\n').replace(/\n+$/, '\n'), leftOut: leftOutIds.size };
}

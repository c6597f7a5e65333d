import { formatLongDate, formatZone } from '#shared/format';
import { escapeMarkdownInline } from '#shared/markdown/escape';
import type { Person, PersonExport } from '#shared/people/model';
import { RELATIONSHIP_LABELS } from '#shared/people/model';
import type { ReadableDB } from '../../db/access';
import { nameSlug } from '../fileSlug';
import { personDataSections } from '../personData';

function profileMarkdown(person: Person): string {
  const lines = [`# ${escapeMarkdownInline(person.name)}`, ''];
  const facts: [string, string | null][] = [
    ['Preferred name', person.preferredName],
    ['Pronouns', person.pronouns],
    ['Role', person.title],
    ['Team', person.teamName],
    ['Relationship', RELATIONSHIP_LABELS[person.relationship]],
    ['Track', person.track],
    ['Level', person.level],
    ['Start date', person.startDate && formatLongDate(person.startDate)],
    ['Time zone', person.timeZone && formatZone(person.timeZone)],
    [
      'Status',
      person.status === 'active' ? 'Active' : `Left${person.leftOn ? ` on ${formatLongDate(person.leftOn)}` : ''}`,
    ],
  ];
  for (const [label, value] of facts) if (value) lines.push(`- **${label}:** ${escapeMarkdownInline(value)}`);
  return lines.join('\n');
}

/** Everything Cairn holds about one person, as JSON (for machines) and Markdown (for people). */
export function exportPerson(db: ReadableDB, person: Person, exportedAt: string): PersonExport {
  const sections: Record<string, unknown> = {};
  const markdown = [profileMarkdown(person)];
  for (const section of personDataSections) {
    sections[section.key] = section.collect(db, person.id);
    const text = section.markdown(db, person.id);
    if (text) markdown.push(text);
  }
  const json = JSON.stringify({ format: 'cairn-person-export', version: 1, exportedAt, person, ...sections }, null, 2);
  return {
    fileBaseName: `cairn-${nameSlug(person.name)}-${exportedAt.slice(0, 10)}`,
    json,
    markdown: `${markdown.join('\n\n')}\n`,
  };
}

/**
 * Text Cairn did not write (a name, a title, evidence from someone's scorecard file) put into
 * a Markdown document Cairn writes, after a prefix of Cairn's own: one line, and every
 * character Markdown or HTML would act on there escaped, so it reads as the text it is. No
 * heading, list, emphasis, link, image, table column, raw HTML or `javascript:` link can come
 * out of it (parentheses stay: without an unescaped `[` they make no link).
 */
const SPECIAL = /[\\`*_[\]<>|~&#"]/g;

export function escapeMarkdownInline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(SPECIAL, (c) =>
      c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : `\\${c}`,
    );
}

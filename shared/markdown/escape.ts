import { isSafeLink } from './links';

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

/**
 * Plain text of several lines (a summary, a check-in note, a session's takeaways) in a
 * document Cairn writes: each line escaped as above, so nothing in it becomes a heading, a
 * list, a quote, a link or HTML; line breaks kept.
 */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => escapeMarkdownInline(line).replace(/^([-+>=]|\d+[.)])/, '\\$1'))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^(\s{0,3})(#{1,6})(?=[ \t]|$)/;
const SETEXT_UNDERLINE = /^(\s{0,3})([=-])(?=[=-]*\s*$)/;
const LINK_DEFINITION = /^(\s{0,3})\[([^\]]+)\]:\s*(\S+)/;
/** Code spans on a line: their text is shown as typed, so it is left as typed. */
const CODE_SPAN = /(`+)[^`]*?\1/g;

/**
 * Markdown a person wrote as Markdown (1:1 notes), put under a heading of Cairn's at
 * `sectionLevel`: their lists, emphasis and https links are kept, but their headings nest
 * below the section (a note's "# Plan" cannot start a new meeting in the document), raw HTML
 * shows as text, images and links to anything but https stay text, and an unclosed code
 * fence is closed so it cannot swallow the rest of the document. Code is left as typed.
 */
export function safeMarkdownBlock(text: string, sectionLevel: number): string {
  let fence: string | null = null;
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      const opens = FENCE.exec(line)?.[1];
      if (fence !== null) {
        if (opens && opens[0] === fence[0] && opens.length >= fence.length) fence = null;
        return line;
      }
      if (opens) {
        fence = opens;
        return line;
      }
      return safeLine(line, sectionLevel);
    });
  if (fence !== null) lines.push(fence);
  return lines.join('\n').trim();
}

function safeLine(line: string, sectionLevel: number): string {
  const heading = ATX_HEADING.exec(line);
  if (heading) {
    const level = Math.min(6, heading[2]!.length + sectionLevel);
    line = `${heading[1]}${'#'.repeat(level)}${line.slice(heading[0].length)}`;
  }
  // A line of = or - under text would turn that text into a heading of the document's own.
  line = line.replace(SETEXT_UNDERLINE, '$1\\$2');
  const definition = LINK_DEFINITION.exec(line);
  if (definition && !isSafeLink(definition[3]!.replace(/^<|>$/g, ''))) line = line.replace('[', '\\[');
  let out = '';
  let last = 0;
  for (const code of line.matchAll(CODE_SPAN)) {
    out += safeInline(line.slice(last, code.index)) + code[0];
    last = code.index + code[0].length;
  }
  return out + safeInline(line.slice(last));
}

/** Outside code: no HTML, no images (they would load from the network), only https links. */
function safeInline(text: string): string {
  return text
    .replace(/</g, '&lt;')
    .replace(/!\[/g, '!\\[')
    .replace(/\]\((\s*)(<?)([^)\s>]*)/g, (whole, space: string, angle: string, target: string) =>
      isSafeLink(target) ? whole : `]\\(${space}${angle}${target}`,
    );
}

/**
 * A name or title repeated inside a sentence, in typographic quotes: Competency 3 (“Delivery”),
 * Event on line 42 (“Weekly 1:1”). Long text is cut with an ellipsis so a sentence stays short.
 */
export function quoted(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return `“${oneLine.length > max ? `${oneLine.slice(0, max - 1).trimEnd()}…` : oneLine}”`;
}

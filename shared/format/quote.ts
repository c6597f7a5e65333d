/**
 * A name or title repeated inside a sentence, in typographic quotes: Competency 3 (“Delivery”),
 * Event on line 42 (“Weekly 1:1”). Long text is cut with an ellipsis so a sentence stays short.
 */
export function quoted(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return `“${oneLine.length > max ? `${oneLine.slice(0, max - 1).trimEnd()}…` : oneLine}”`;
}

/**
 * A sentence continued after a colon ("Person 2 (“Priya”), its name: name is required."):
 * its first letter lowered, unless it starts with a name that keeps its capital (Cairn, an
 * acronym such as CSV). The full stop it may end with is left to the caller's sentence.
 */
export function continued(sentence: string): string {
  const said = sentence.trim().replace(/\.$/, '');
  if (/^(Cairn\b|[A-Z]{2,}|I\b)/.test(said)) return said;
  return said.charAt(0).toLowerCase() + said.slice(1);
}

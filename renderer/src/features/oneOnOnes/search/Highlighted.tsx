import { HIGHLIGHT_END, HIGHLIGHT_START } from '#shared/oneOnOnes/highlight';

/**
 * A snippet with its matches marked. The store wraps matches in two control characters;
 * splitting on them gives text and marks as React nodes, so no snippet is ever parsed as HTML.
 */
export function Highlighted({ snippet }: { snippet: string }) {
  const parts: { text: string; hit: boolean }[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const start = rest.indexOf(HIGHLIGHT_START);
    if (start === -1) {
      parts.push({ text: rest, hit: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), hit: false });
    const end = rest.indexOf(HIGHLIGHT_END, start + 1);
    const stop = end === -1 ? rest.length : end;
    parts.push({ text: rest.slice(start + 1, stop), hit: true });
    rest = end === -1 ? '' : rest.slice(end + 1);
  }
  return <>{parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}

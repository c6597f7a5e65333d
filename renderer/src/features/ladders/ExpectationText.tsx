import { Markdown } from '../oneOnOnes/Markdown';

/**
 * What a level expects, as the Markdown it is written in: imported ladders write several
 * statements as a "- " list, and a manager's own wording may use emphasis or links. Rendered
 * by the app's one safe Markdown renderer (no raw HTML, no images, links checked and asked
 * about before they open), never as HTML of its own.
 */
export function ExpectationText({ text, className }: { text: string; className?: string }) {
  return <Markdown text={text} className={`expectation-text ${className ?? ''}`} />;
}

import MarkdownIt from 'markdown-it';
import { useMemo, useState, type MouseEvent } from 'react';
import { Modal } from '#renderer/components/Modal';
import { isSafeLink } from '#shared/markdown/links';

/**
 * Notes are Markdown from the user's own keyboard, but pasted text can carry anything, so:
 * no raw HTML (it is shown as text), no images (they would load from the network), and
 * only https links; anything else (javascript:, data:, file:, http:) stays plain text.
 */
const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
md.disable(['image']);
md.validateLink = (url: string) => isSafeLink(url);

export function renderMarkdown(text: string): string {
  return md.render(text);
}

/** Rendered notes; a link opens only after the user has seen the full address and agreed. */
export function Markdown({ text, className }: { text: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(text), [text]);
  const [asking, setAsking] = useState<string | null>(null);
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const link = (e.target as HTMLElement).closest('a');
    if (!link) return;
    e.preventDefault();
    const href = link.getAttribute('href') ?? '';
    if (isSafeLink(href)) setAsking(href);
  };
  return (
    <>
      {/* Safe: markdown-it escapes all HTML when html is false, and links are validated above. */}
      <div className={`markdown ${className ?? ''}`} onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />
      <Modal title="Open this link?" open={asking !== null} onClose={() => setAsking(null)}>
        <p>It will open in your web browser:</p>
        <p className="link-check">
          <code>{asking}</code>
        </p>
        <div className="form-actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              if (asking && isSafeLink(asking)) window.open(asking, '_blank', 'noopener,noreferrer');
              setAsking(null);
            }}
          >
            Open link
          </button>
          <button type="button" className="button" onClick={() => setAsking(null)}>
            Cancel
          </button>
        </div>
      </Modal>
    </>
  );
}

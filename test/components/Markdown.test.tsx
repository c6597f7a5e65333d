import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Markdown, renderMarkdown } from '#renderer/features/oneOnOnes/Markdown';
import { Highlighted } from '#renderer/features/oneOnOnes/search/Highlighted';

const PAYLOADS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 1">',
  '[click](javascript:window.__pwned=1)',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[file](file:///etc/passwd)',
  '[plain http](http://example.com)',
  '![pixel](https://tracker.example.com/p.png)',
  '<a href="https://evil.example.com" onclick="window.__pwned=1">raw</a>',
  '<iframe src="https://evil.example.com"></iframe>',
  '[ok](https://example.com/docs)',
];

describe('Markdown notes', () => {
  it('renders no raw HTML, no images and only https links', () => {
    const html = renderMarkdown(PAYLOADS.join('\n\n'));
    const host = document.createElement('div');
    host.innerHTML = html;
    expect(host.querySelector('script, img, iframe, [onerror], [onclick]')).toBeNull();
    const hrefs = [...host.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    // Linkify may turn an https address inside escaped text into a link; nothing else becomes one.
    expect(hrefs).toContain('https://example.com/docs');
    for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
    expect(html).not.toMatch(/href="(javascript|data|file|http):/);
    // The raw HTML is shown as text, not lost.
    expect(host.textContent).toContain('<script>window.__pwned = 1</script>');
  });

  it('opens a link only after showing its address and being confirmed', () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.open = false;
    };
    render(<Markdown text={'See [the docs](https://example.com/docs) and [bad](javascript:alert(1))'} />);
    fireEvent.click(screen.getByRole('link', { name: 'the docs' }));
    expect(open).not.toHaveBeenCalled();
    expect(screen.getByText('https://example.com/docs')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open link' }));
    expect(open).toHaveBeenCalledWith('https://example.com/docs', '_blank', 'noopener,noreferrer');
    expect(screen.queryByRole('link', { name: 'bad' })).toBeNull();
    open.mockRestore();
  });

  it('shows search highlights as <mark> without parsing the snippet as HTML', () => {
    const { container } = render(
      <Highlighted snippet={'before \u0002<b>hit</b>\u0003 after <img src=x onerror=alert(1)>'} />,
    );
    expect(container.querySelectorAll('mark')).toHaveLength(1);
    expect(container.querySelector('mark')?.textContent).toBe('<b>hit</b>');
    expect(container.querySelector('img, b')).toBeNull();
  });
});

import MarkdownIt from 'markdown-it';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyGoalFields } from '#shared/goals/model';
import { emptyPersonFields } from '#shared/people/model';
import { createTestApp, type TestApp } from '../support/testApp';
import { weeklySeries } from '../support/oneOnOnes';

/**
 * Every Markdown export escapes what Cairn did not write. Each document is rendered by the
 * most trusting reader there is (markdown-it with raw HTML on, every link and image allowed):
 * nothing a person typed may become HTML, a link that is not https, an image, or a heading
 * of the document's own outline.
 */
const reader = new MarkdownIt({ html: true, linkify: false });
reader.validateLink = () => true;

const HOSTILE_LINE =
  'Ada <img src=x onerror=alert(1)> [click](javascript:alert(1)) ![t](https://tracker.example/p.gif) # Hired';
const HOSTILE_TEXT = [
  'First line',
  '# Promoted',
  '<script>alert(1)</script>',
  '[click](javascript:alert(1)) and [ok](https://example.com)',
  '![pixel](https://tracker.example/p.gif)',
  '[ref]: javascript:alert(1)',
  'Fake heading',
  '===',
  '```',
  'a fence left open',
].join('\n');

function rendered(markdown: string) {
  const html = reader.render(markdown);
  return {
    html,
    headings: [...html.matchAll(/<h(\d)>(.*?)<\/h\1>/g)].map((m) => `h${m[1]} ${m[2]}`),
  };
}

function expectInert(html: string) {
  expect(html).not.toMatch(/<script|<img|<[^>]*\bonerror=/i);
  expect(html).not.toMatch(/href="(?!https:)/i);
}

let app: TestApp;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-03-10T09:00:00Z') });
});
afterEach(() => app.close());

function arrange() {
  const team = app.call('teams.create', { name: 'Platform <b>x</b>', description: '' });
  const ada = app.call('people.create', {
    ...emptyPersonFields,
    name: HOSTILE_LINE,
    title: '## Staff [x](javascript:alert(1))',
    teamId: team.id,
  });
  weeklySeries(app, ada.id);
  const meetingId = app.call('oneOnOnes.prep', { personId: ada.id }).upcoming!.id;
  app.call('oneOnOnes.saveNotes', { meetingId, sharedNotes: HOSTILE_TEXT, privateNotes: HOSTILE_TEXT });
  app.call('oneOnOnes.addItem', { meetingId, kind: 'action', side: 'them', text: '# Ship <b>it</b>', dueDate: null });
  app.call('goals.create', {
    personId: ada.id,
    fields: { ...emptyGoalFields, title: 'Lead <i>x</i> [y](javascript:z)', why: HOSTILE_TEXT },
  });
  app.call('goals.checkIn', {
    goalId: app.call('goals.list', { personId: ada.id })[0]!.id,
    fields: { checkedOn: null, note: HOSTILE_TEXT },
  });
  app.call('evidence.log', {
    personId: ada.id,
    source: { kind: 'direct' },
    fields: {
      happened: HOSTILE_TEXT,
      shows: '<b>bold</b>',
      seenOn: '2026-03-01',
      competencyIds: ['<i>x</i>'],
      private: false,
      shareable: '',
    },
  });
  return { ada, meetingId };
}

describe('Markdown exports escape what Cairn did not write', () => {
  it('a meeting export: the name, items and notes stay text; notes keep their own Markdown below the notes heading', () => {
    const { meetingId } = arrange();
    const { markdown } = app.call('oneOnOnes.exportMeeting', { meetingId });
    const { html, headings } = rendered(markdown);
    expectInert(html);
    expect(headings.filter((h) => /^h[12] /.test(h))).toEqual([
      expect.stringMatching(/^h1 1:1 with Ada &lt;img/),
      'h2 Agenda',
      'h2 Action items',
      'h2 Notes',
    ]);
    // The person's own heading is kept, nested under Notes; the setext one is not a heading.
    expect(headings).toContain('h3 Promoted');
    expect(headings.some((h) => h.includes('Fake heading'))).toBe(false);
    expect(html).toContain('<a href="https://example.com">ok</a>');
    expect(markdown.trimEnd().endsWith('```')).toBe(true);
  });

  it("a person's export and the full export: every section's text stays text, the outline is Cairn's", () => {
    const { ada } = arrange();
    for (const markdown of [
      app.call('people.export', { id: ada.id }).markdown,
      app.call('data.exportAll', {}).markdown,
    ]) {
      const { html, headings } = rendered(markdown);
      expectInert(html);
      const outline = headings.filter((h) => /^h[12] /.test(h));
      expect(outline.filter((h) => h.startsWith('h1 ') && !h.startsWith('h1 Cairn export'))).toEqual([
        expect.stringMatching(/^h1 Ada &lt;img src=x onerror=alert\(1\)&gt; \[click\]\(javascript:alert\(1\)\)/),
      ]);
      expect(outline.filter((h) => h.startsWith('h2 '))).toEqual(['h2 Stretch goals', 'h2 1:1s', 'h2 Evidence log']);
      // Their own headings nest below the notes heading (h4 in a person's export): h5 and deeper.
      const typed = headings.filter((h) => /Promoted|Fake heading/.test(h));
      expect(typed.length).toBeGreaterThan(0);
      expect(typed.filter((h) => !/^h[56] /.test(h))).toEqual([]);
    }
  });
});

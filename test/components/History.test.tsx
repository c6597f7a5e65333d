import { render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { HistoryPage } from '#shared/oneOnOnes/history';
import type { MeetingSummary } from '#shared/oneOnOnes/model';
import { History } from '#renderer/features/oneOnOnes/prep/History';

// Five meetings, newest first, answered three at a time with a cursor, as the store pages them.
const meetings: MeetingSummary[] = Array.from({ length: 5 }, (_, i) => {
  const date = `2026-02-${String(20 - i).padStart(2, '0')}`;
  return {
    id: `m${i + 1}`,
    personId: 'p',
    date,
    time: '10:00',
    timeZone: 'UTC',
    startsAt: `${date}T10:00:00Z`,
    status: 'held',
    movedTo: null,
    mood: null,
    tags: [],
  };
});
const pageAfter = (cursor?: string): HistoryPage => {
  const from = cursor ? Number(cursor.slice(1)) : 0;
  const shown = meetings.slice(from, from + 3);
  return { meetings: shown, total: meetings.length, next: from + 3 < meetings.length ? `c${from + 3}` : null };
};
let history: ReturnType<typeof vi.fn>;

// jsdom lays nothing out: the scroll box reports the height a screen would give it, so the list has rows in view.
beforeEach(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('history-scroll') ? 400 : 0;
    },
  });
  history = vi.fn(async (input: { cursor?: string }) => ({ ok: true, value: pageAfter(input.cursor) }));
  Object.defineProperty(window, 'cairn', { value: { 'oneOnOnes.history': history }, configurable: true });
});
afterEach(() => {
  Reflect.deleteProperty(window, 'cairn');
  // Back to jsdom's own (on Element.prototype).
  Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight');
});

const ada = { callName: 'Ada', timeZone: null };

const shown = (container: HTMLElement) =>
  [...container.querySelectorAll('li[aria-posinset]')].map((li) => li.getAttribute('aria-posinset'));
const cursors = () => history.mock.calls.map(([input]) => (input as { cursor?: string }).cursor ?? 'first');

it('asks for older pages while the end of the list is in view, once each, and starts again from the newest after a change', async () => {
  const { container, rerender } = render(<History personId="p" person={ada} version="1" />);
  await waitFor(() => expect(shown(container)).toEqual(['1', '2', '3', '4', '5']));
  expect(cursors()).toEqual(['first', 'c3']);
  expect(container.querySelector('li[aria-posinset="1"]')?.getAttribute('aria-setsize')).toBe('5');
  expect(container.textContent).not.toContain('Loading older');

  // A meeting held elsewhere: the newest page is asked for again, and the same cursor follows it.
  rerender(<History personId="p" person={ada} version="2" />);
  await waitFor(() => expect(cursors()).toEqual(['first', 'c3', 'first', 'c3']));
  await waitFor(() => expect(shown(container)).toHaveLength(5));
});

it('offers to try again when an older page cannot be loaded', async () => {
  history.mockImplementation(async (input: { cursor?: string }) =>
    input.cursor
      ? { ok: false, error: { code: 'internal', message: 'The store is busy.' } }
      : { ok: true, value: pageAfter() },
  );
  const { container, findByRole } = render(<History personId="p" person={ada} version="1" />);
  const retry = await findByRole('button', { name: 'Try again' });
  expect(shown(container)).toEqual(['1', '2', '3']);
  history.mockImplementation(async (input: { cursor?: string }) => ({ ok: true, value: pageAfter(input.cursor) }));
  retry.click();
  await waitFor(() => expect(shown(container)).toHaveLength(5));
});

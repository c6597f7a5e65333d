import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { PaletteResults } from '#shared/palette/model';
import { useNextTime } from '#renderer/features/oneOnOnes/nextTimeStore';
import { CommandPalette } from '#renderer/features/palette/CommandPalette';
import { PaletteButton } from '#renderer/features/palette/PaletteButton';
import { usePalette } from '#renderer/features/palette/paletteStore';

const results: PaletteResults = {
  people: [{ id: 'p-ada', name: 'Ada Lovelace', title: 'Staff engineer', status: 'active' }],
  notes: [
    {
      meetingId: 'm-1',
      personId: 'p-ada',
      personName: 'Ada Lovelace',
      date: '2026-03-05',
      field: 'shared',
      snippet: 'the \u0002ada\u0003 compiler',
    },
  ],
  goals: [],
  candidates: [],
};

function arrange(search = vi.fn(async (_input: { text: string }) => ({ ok: true, value: results }))) {
  Object.defineProperty(window, 'cairn', { value: { 'palette.search': search }, configurable: true });
  const location = memoryLocation({ path: '/', record: true });
  render(
    <Router hook={location.hook}>
      <PaletteButton />
      <CommandPalette />
    </Router>,
  );
  return { search, location };
}

beforeEach(() => {
  usePalette.setState({ open: false, opener: null });
  useNextTime.setState({ open: false, personId: '' });
});
afterEach(() => Reflect.deleteProperty(window, 'cairn'));

const box = () => screen.getByRole('combobox');
const selected = () => screen.getAllByRole('option').find((o) => o.getAttribute('aria-selected') === 'true');

describe('CommandPalette', () => {
  it('opens with Ctrl+K on the combobox; the arrow keys move the active option (wrapping), aria-activedescendant follows', async () => {
    const user = userEvent.setup();
    arrange();
    await user.keyboard('{Control>}k{/Control}');
    await waitFor(() => expect(document.activeElement).toBe(box()));
    expect(box().getAttribute('aria-expanded')).toBe('true');
    const options = screen.getAllByRole('option');
    expect(within(screen.getByRole('group', { name: 'Actions' })).getAllByRole('option')[0]!.textContent).toContain(
      'Go to Home',
    );
    expect(selected()).toBe(options[0]);
    expect(box().getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(selected()).toBe(options[2]);
    expect(box().getAttribute('aria-activedescendant')).toBe(options[2]!.id);
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(selected()).toBe(options[options.length - 1]);
  });

  it('Escape closes it and hands focus back to what had it', async () => {
    const user = userEvent.setup();
    arrange();
    const button = screen.getByRole('button', { name: 'Search…' });
    await user.click(button);
    await waitFor(() => expect(document.activeElement).toBe(box()));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('debounces: fast typing asks the store once, for the whole text, and groups what comes back', async () => {
    const user = userEvent.setup();
    const { search } = arrange();
    await user.keyboard('{Control>}k{/Control}');
    await user.type(box(), 'ada');
    await screen.findByRole('option', { name: /^Ada Lovelace\s*Staff engineer/ });
    expect(search).toHaveBeenCalledTimes(1);
    expect(search).toHaveBeenCalledWith({ text: 'ada' });
    const groups = screen.getAllByRole('group');
    expect(groups.map((g) => document.getElementById(g.getAttribute('aria-labelledby')!)?.textContent)).toEqual([
      'People',
      'Actions',
      '1:1 notes',
    ]);
    // Ada's actions: prep, a topic for next time, evidence.
    expect(groups.map((g) => within(g).getAllByRole('option').length)).toEqual([1, 3, 1]);
    expect(screen.getByRole('option', { name: 'Log evidence for Ada Lovelace…' })).toBeTruthy();
    expect(within(screen.getByRole('group', { name: '1:1 notes' })).getByText('ada').tagName).toBe('MARK');
    expect(screen.getByRole('status').textContent).toContain('5 results');
  });

  it('Enter opens the active result: the person page, or the "next time" dialog for that person', async () => {
    const user = userEvent.setup();
    const { location } = arrange();
    await user.keyboard('{Control>}k{/Control}');
    await user.type(box(), 'ada');
    await screen.findByRole('option', { name: /^Ada Lovelace\s*Staff engineer/ });
    await user.keyboard('{Enter}');
    expect(location.history.at(-1)).toBe('/people/p-ada');
    expect(screen.queryByRole('combobox')).toBeNull();

    await user.keyboard('{Control>}k{/Control}');
    await user.type(box(), 'ada');
    const topic = await screen.findByRole('option', { name: 'Add a topic for next time with Ada Lovelace…' });
    while (selected() !== topic) await user.keyboard('{ArrowDown}');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(useNextTime.getState()).toMatchObject({ open: true, personId: 'p-ada' }));
  });

  it('a refusal reads as a message in the status line, never a crash', async () => {
    const user = userEvent.setup();
    arrange(
      vi.fn(async () => ({
        ok: false,
        error: { code: 'invalid_input', message: 'Shorten the search to 200 characters or fewer.', field: 'text' },
      })) as never,
    );
    await user.keyboard('{Control>}k{/Control}');
    await user.type(box(), 'C++');
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain(
        'Search failed: Shorten the search to 200 characters or fewer.',
      ),
    );
    await act(async () => usePalette.getState().close());
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});

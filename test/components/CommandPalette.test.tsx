import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { emptyPersonFields } from '#shared/people/model';
import { useNextTime } from '#renderer/features/oneOnOnes/nextTimeStore';
import { CommandPalette } from '#renderer/features/palette/CommandPalette';
import { PaletteButton } from '#renderer/features/palette/PaletteButton';
import { usePalette } from '#renderer/features/palette/paletteStore';
import { upcomingMeetingId, weeklySeries } from '../support/oneOnOnes';
import { realAppPerTest } from '../support/realBridge';

/** What the palette asked the real store to search for. */
const searches: unknown[] = [];
/** Set by a test: the store closes before it is searched, as when Cairn locks or quits meanwhile. */
let closeBeforeSearch = false;
const app = realAppPerTest({
  beforeRequest: async (channel, input) => {
    if (channel !== 'palette.search') return;
    searches.push(input);
    if (closeBeforeSearch) app().session.close();
  },
});

/** Ada Lovelace, a staff engineer, whose held 1:1's shared notes mention the ada compiler. */
function arrange() {
  const ada = app().call('people.create', { ...emptyPersonFields, name: 'Ada Lovelace', title: 'Staff engineer' });
  weeklySeries(app(), ada.id);
  const meetingId = upcomingMeetingId(app(), ada.id);
  app().call('oneOnOnes.saveNotes', { meetingId, sharedNotes: 'Talked about the ada compiler.' });
  app().call('oneOnOnes.hold', { meetingId });
  const location = memoryLocation({ path: '/', record: true });
  render(
    <Router hook={location.hook}>
      <PaletteButton />
      <CommandPalette />
    </Router>,
  );
  return { ada, location };
}

beforeEach(() => {
  searches.length = 0;
  closeBeforeSearch = false;
  usePalette.setState({ open: false, opener: null });
  useNextTime.setState({ open: false, personId: '' });
});

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
    // Opened on Home: the first section offered is the next one, not Home itself.
    const actions = within(screen.getByRole('group', { name: 'Actions' })).getAllByRole('option');
    expect(actions[0]!.textContent).toContain('Go to People');
    expect(actions.map((o) => o.textContent)).not.toContain('Go to Home');
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
    arrange();
    await user.keyboard('{Control>}k{/Control}');
    await user.type(box(), 'ada');
    await screen.findByRole('option', { name: /^Ada Lovelace\s*Staff engineer/ });
    expect(searches).toEqual([{ text: 'ada' }]);
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
    const { ada, location } = arrange();
    await user.keyboard('{Control>}k{/Control}');
    await user.type(box(), 'ada');
    await screen.findByRole('option', { name: /^Ada Lovelace\s*Staff engineer/ });
    await user.keyboard('{Enter}');
    expect(location.history.at(-1)).toBe(`/people/${ada.id}`);
    expect(screen.queryByRole('combobox')).toBeNull();

    await user.keyboard('{Control>}k{/Control}');
    await user.type(box(), 'ada');
    const topic = await screen.findByRole('option', { name: 'Add a topic for next time with Ada Lovelace…' });
    while (selected() !== topic) await user.keyboard('{ArrowDown}');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(useNextTime.getState()).toMatchObject({ open: true, personId: ada.id }));
  });

  it('a refusal reads as a message in the status line, never a crash', async () => {
    const user = userEvent.setup();
    arrange();
    closeBeforeSearch = true;
    await user.keyboard('{Control>}k{/Control}');
    await user.type(box(), 'C++');
    // What the real store answers once closed, in its own words.
    await waitFor(() => expect(searches).toHaveLength(1));
    const refusal = app().send('palette.search', { text: 'C++' });
    expect(refusal.ok).toBe(false);
    const message = !refusal.ok && refusal.error.message;
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain(`Search failed: ${message}`));
    await act(async () => usePalette.getState().close());
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});

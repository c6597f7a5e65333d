import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyPersonFields, type PersonFields } from '#shared/people/model';
import { PersonPicker, type PersonPickerProps } from '#renderer/components/pickers/PersonPicker';
import { realAppPerTest } from '../support/realBridge';

/** What the picker asked the real store, and a gate a test can hold one answer behind. */
const asked: string[] = [];
let held: { text: string; release: Promise<void> } | null = null;
const app = realAppPerTest({
  beforeRequest: async (channel, input) => {
    if (channel !== 'people.search') return;
    const { text } = input as { text: string };
    asked.push(text);
    if (held && held.text === text) await held.release;
  },
});
beforeEach(() => {
  asked.length = 0;
  held = null;
});

const create = (name: string, patch: Partial<PersonFields> = {}) =>
  app().call('people.create', { ...emptyPersonFields, name, ...patch });

function Harness({ initial = null, ...rest }: { initial?: string | null } & Partial<PersonPickerProps>) {
  const [id, setId] = useState<string | null>(initial);
  return (
    <>
      <PersonPicker value={id} onChange={setId} {...rest} />
      <output aria-label="Chosen">{id ?? 'none'}</output>
    </>
  );
}
// Read by selector: while the list is open, react-aria hides the rest of the page from the tree.
const chosen = () => document.querySelector('output[aria-label="Chosen"]')?.textContent;
const input = () => screen.getByRole('combobox', { name: 'Person' });
const value = () => (input() as HTMLInputElement).value;
const optionNames = () => screen.queryAllByRole('option').map((o) => o.textContent);

describe('PersonPicker asks the server as you type', () => {
  it('finds people by the start of a name, role or team, and picks with the keyboard alone', async () => {
    const team = app().call('teams.create', { name: 'Platform', description: '' });
    const ada = create('Ada Lovelace', { title: 'Staff engineer' });
    create('Grace Hopper', { title: 'Engineering manager', teamId: team.id });
    create('Linus Pauling');
    const user = userEvent.setup();
    render(<Harness />);
    await user.tab();
    expect(document.activeElement).toBe(input());
    await user.keyboard('lov');
    await waitFor(() => expect(optionNames()).toEqual(['Ada Lovelace Staff engineer']));
    expect(asked.at(-1)).toBe('lov');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(chosen()).toBe(ada.id);
    expect(value()).toBe('Ada Lovelace');
    await user.clear(input());
    await user.keyboard('plat');
    await waitFor(() => expect(optionNames()).toEqual(['Grace Hopper Engineering manager · Platform']));
    await user.keyboard('{Escape}');
  });

  it('drops an answer to older text that arrives after the answer to newer text', async () => {
    create('Grace Hopper');
    create('Gordon Moore');
    let release = () => {};
    held = { text: 'g', release: new Promise<void>((r) => (release = r)) };
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(input(), 'gr');
    await waitFor(() => expect(optionNames()).toEqual(['Grace Hopper']));
    release();
    await waitFor(() => expect(asked).toContain('g'));
    // The late answer for "g" (both people) is not shown over the one for "gr".
    await new Promise((r) => setTimeout(r, 50));
    expect(optionNames()).toEqual(['Grace Hopper']);
  });

  it('shows the current value by name, and brings it back when the field is left mid-typing', async () => {
    create('Ada Lovelace');
    const grace = create('Grace Hopper');
    const user = userEvent.setup();
    render(
      <>
        <Harness initial={grace.id} />
        <button type="button">Next</button>
      </>,
    );
    await waitFor(() => expect(value()).toBe('Grace Hopper'));
    await user.click(input());
    await user.keyboard('{End}xyz');
    expect(value()).toBe('Grace Hopperxyz');
    await user.tab();
    await waitFor(() => expect(value()).toBe('Grace Hopper'));
    expect(chosen()).toBe(grace.id);
    // Emptying the field chooses nobody.
    await user.clear(input());
    expect(chosen()).toBe('none');
  });

  it('offers people who left only where asked to, and says so beside their name', async () => {
    const left = create('Ada Byron');
    app().call('people.archive', { id: left.id });
    create('Ada Lovelace');
    const user = userEvent.setup();
    const { unmount } = render(<Harness />);
    await user.type(input(), 'ada');
    await waitFor(() => expect(optionNames()).toEqual(['Ada Lovelace']));
    unmount();
    render(<Harness status="all" />);
    await user.type(input(), 'ada');
    await waitFor(() => expect(optionNames()).toEqual(['Ada Byron left', 'Ada Lovelace']));
  });

  it('says when nobody matches, and ties its error to the input', async () => {
    create('Ada Lovelace');
    const user = userEvent.setup();
    render(<Harness error="Choose who the topic is for" />);
    expect(input().getAttribute('aria-invalid')).toBe('true');
    const error = screen.getByText('Choose who the topic is for');
    expect((input().getAttribute('aria-describedby') ?? '').split(' ')).toContain(error.id);
    await user.type(input(), 'zz');
    await waitFor(() => expect(screen.getByText('Nobody’s name, role or team starts with that.')).toBeTruthy());
  });
});

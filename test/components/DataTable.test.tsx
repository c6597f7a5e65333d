import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DataTable, type Column } from '#renderer/components/DataTable';

interface Person {
  id: string;
  name: string;
  team: string;
}

const people: Person[] = [
  { id: 'a', name: 'Ada Lovelace', team: 'Platform' },
  { id: 'b', name: 'Bo Chen', team: 'Payments' },
];

const columns: Column<Person>[] = [
  { id: 'name', header: 'Name', rowHeader: true, cell: (p) => p.name },
  { id: 'team', header: 'Team', cell: (p) => p.team },
];

describe('DataTable', () => {
  it('is named by its caption, heads each column and names each row by its row heading', () => {
    render(<DataTable rows={people} rowKey={(p) => p.id} columns={columns} caption="People" />);
    const table = screen.getByRole('table', { name: 'People' });
    const headings = within(table).getAllByRole('columnheader');
    expect(headings.map((h) => [h.textContent, h.getAttribute('scope')])).toEqual([
      ['Name', 'col'],
      ['Team', 'col'],
    ]);
    const rowHeading = within(table).getByRole('rowheader', { name: 'Bo Chen' });
    expect(rowHeading.getAttribute('scope')).toBe('row');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    // No actions column unless the table has row actions.
    expect(within(table).queryByRole('button')).toBeNull();
  });

  it('shows the empty state instead of a table with no rows', () => {
    render(
      <DataTable
        rows={[]}
        rowKey={(p: Person) => p.id}
        columns={columns}
        caption="People"
        empty={<p>Nobody here yet.</p>}
      />,
    );
    expect(screen.queryByRole('table')).toBeNull();
    screen.getByText('Nobody here yet.');
  });

  it('gives each row one actions menu, named for its row, that works from the keyboard', async () => {
    const edit = vi.fn();
    const remove = vi.fn();
    const user = userEvent.setup();
    render(
      <DataTable
        rows={people}
        rowKey={(p) => p.id}
        columns={columns}
        caption="People"
        rowActions={(p) => ({
          label: `Actions for ${p.name}`,
          actions: [
            { id: 'edit', label: 'Edit…', onAction: () => edit(p.id) },
            { id: 'remove', label: 'Remove…', tone: 'danger', onAction: () => remove(p.id) },
          ],
        })}
      />,
    );
    // One menu button per row, and a hidden heading for the column they stand in.
    expect(screen.getAllByRole('button')).toHaveLength(2);
    expect(screen.getAllByRole('columnheader').at(-1)?.textContent).toBe('Actions');
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Actions for Bo Chen' }));
    await user.keyboard('{Enter}');
    expect(screen.getAllByRole('menuitem').map((i) => i.textContent)).toEqual(['Edit…', 'Remove…']);
    await user.keyboard('{Enter}');
    expect(edit).toHaveBeenCalledWith('b');
    expect(remove).not.toHaveBeenCalled();
  });
});

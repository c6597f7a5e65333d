import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MoreMenu } from '#renderer/components/Menu';
import { PageHeader } from '#renderer/components/PageHeader';

function actions() {
  return [
    { id: 'export', label: 'Export as JSON', onAction: vi.fn() },
    { id: 'duplicate', label: 'Duplicate', onAction: vi.fn() },
    { id: 'delete', label: 'Delete ladder', onAction: vi.fn(), tone: 'danger' as const },
  ];
}

describe('MoreMenu', () => {
  it('opens from the keyboard, moves with the arrows, and runs the item chosen with Enter', async () => {
    const items = actions();
    const user = userEvent.setup();
    render(<MoreMenu actions={items} />);
    const button = screen.getByRole('button', { name: 'More' });
    await user.tab();
    expect(document.activeElement).toBe(button);
    await user.keyboard('{Enter}');
    const menu = screen.getByRole('menu');
    expect(screen.getAllByRole('menuitem').map((i) => i.textContent)).toEqual([
      'Export as JSON',
      'Duplicate',
      'Delete ladder',
    ]);
    // The first item takes focus when the menu opens by keyboard.
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Export as JSON' }));
    await user.keyboard('{ArrowDown}{Enter}');
    expect(items[1]!.onAction).toHaveBeenCalledTimes(1);
    expect(items[0]!.onAction).not.toHaveBeenCalled();
    expect(menu.isConnected).toBe(false);
  });

  it('closes on Escape without running anything and gives focus back to its button', async () => {
    const items = actions();
    const user = userEvent.setup();
    render(<MoreMenu actions={items} />);
    await user.tab();
    await user.keyboard('{ArrowDown}');
    screen.getByRole('menu');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    // react-aria gives focus back after the popover has gone, a frame later.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'More' })));
    for (const item of items) expect(item.onAction).not.toHaveBeenCalled();
  });

  it('shows nothing when there is nothing to offer', () => {
    render(<MoreMenu actions={[]} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('PageHeader', () => {
  it('puts the primary action last on the row and the rest in a More menu', async () => {
    const user = userEvent.setup();
    const items = actions();
    render(
      <PageHeader
        title="Ladders"
        primary={
          <button type="button" className="button button--primary">
            New ladder
          </button>
        }
        more={items}
      />,
    );
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['More', 'New ladder']);
    await user.click(screen.getByRole('button', { name: 'More' }));
    await user.click(screen.getByRole('menuitem', { name: 'Delete ladder' }));
    expect(items[2]!.onAction).toHaveBeenCalledTimes(1);
    screen.getByRole('heading', { level: 1, name: 'Ladders' });
  });
});

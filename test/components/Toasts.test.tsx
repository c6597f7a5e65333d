import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Modal } from '#renderer/components/Modal';
import { Toasts } from '#renderer/components/Toasts';
import { showToast, toastQueue } from '#renderer/components/toasts';

/** Lets the task that raised a toast end, as it would before the user clicks anything else. */
const nextTask = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

afterEach(() => act(() => toastQueue.clear()));

describe('Toasts', () => {
  it('shows inside an open modal dialog, above its backdrop, and back on the page once it closes', async () => {
    const { rerender } = render(
      <>
        <Toasts />
        <Modal title="Log evidence" open onClose={() => undefined}>
          <p>Body</p>
        </Modal>
      </>,
    );
    act(() => showToast('Evidence logged.'));
    const dialog = document.querySelector('dialog')!;
    expect(within(dialog).getByRole('alertdialog', { name: 'Evidence logged.' })).toBeTruthy();
    rerender(
      <>
        <Toasts />
        <Modal title="Log evidence" open={false} onClose={() => undefined}>
          <p>Body</p>
        </Modal>
      </>,
    );
    expect(dialog.querySelector('[role="alertdialog"]')).toBeNull();
    expect(screen.getByRole('alertdialog', { name: 'Evidence logged.' })).toBeTruthy();
  });

  it('announces a message in a labelled region, and Dismiss removes it', async () => {
    const user = userEvent.setup();
    render(<Toasts />);
    act(() => showToast('Backup written and checked.'));
    const region = screen.getByRole('region', { name: 'Notifications' });
    const toast = within(region).getByRole('alertdialog', { name: 'Backup written and checked.' });
    expect(within(toast).getByRole('alert').textContent).toBe('Backup written and checked.');
    await user.click(within(toast).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('shows one message at a time: a newer toast replaces the one before', async () => {
    render(<Toasts />);
    act(() => showToast('Goal added.'));
    await nextTask();
    act(() => showToast('Could not save: the title is empty.', 'error'));
    expect(screen.getAllByRole('alertdialog').map((t) => t.textContent)).toEqual([
      'Could not save: the title is empty.',
    ]);
  });

  it('clears what was said on a page when the user moves to another one', async () => {
    render(<Toasts />);
    act(() => showToast('Goal added.'));
    await nextTask();
    act(() => {
      location.hash = '#/teams';
      dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('clears what was said on the page when a dialog opens over it', async () => {
    const page = (open: boolean) => (
      <>
        <Toasts />
        <Modal title="Restore this backup?" open={open} onClose={() => undefined}>
          <p>Body</p>
        </Modal>
      </>
    );
    const { rerender } = render(page(false));
    act(() => showToast('Backup written and checked.'));
    await nextTask();
    expect(screen.getByRole('alertdialog', { name: 'Backup written and checked.' })).toBeTruthy();
    rerender(page(true));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('keeps a toast raised by the same action that opens the next page', async () => {
    render(<Toasts />);
    act(() => {
      showToast('Pair created: Omar mentoring Mia.');
      location.hash = '#/mentoring/pairs/1';
      dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByRole('alertdialog', { name: 'Pair created: Omar mentoring Mia.' })).toBeTruthy();
  });
});

import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Goal, GoalsPrep } from '#shared/goals/model';
import { GoalsPrepPanel } from '#renderer/features/goals/GoalsPrepPanel';
import { installBridge } from '../support/stubBridge';

const goal = (over: Partial<Goal>): Goal => ({
  id: crypto.randomUUID(),
  personId: 'p',
  title: 'Goal',
  why: '',
  ladderId: null,
  ladderName: null,
  targetLevel: '',
  targetLevelName: null,
  competencyIds: [],
  competencyNames: [],
  successCriteria: '',
  dueDate: null,
  status: 'active',
  checkIns: [],
  lastCheckInOn: null,
  overdue: false,
  stale: false,
  createdAt: '',
  updatedAt: '',
  ...over,
});

function bridge(prep: GoalsPrep, checkIn = vi.fn(async () => ({ ok: true, value: prep.open[0] }))) {
  const forPrep = vi.fn(async () => ({ ok: true, value: prep }));
  installBridge({ 'goals.forPrep': forPrep, 'goals.checkIn': checkIn });
  return { forPrep, checkIn };
}
afterEach(() => Reflect.deleteProperty(window, 'cairn'));

describe('GoalsPrepPanel (for the 1:1 prep view)', () => {
  it('shows open goals with overdue and stale marked, and the counts', async () => {
    bridge({
      open: [
        goal({
          title: 'Speak at the meetup',
          overdue: true,
          dueDate: '2026-02-01',
          checkIns: [{ id: 'c', checkedOn: '2026-01-10', note: 'Abstract sent', createdAt: '' }],
        }),
        goal({ title: 'Own the release train', stale: true }),
      ],
      dueSoon: 1,
      overdue: 1,
      stale: 1,
    });
    render(<GoalsPrepPanel personId="p" />);
    const first = await screen.findByRole('article', { name: 'Speak at the meetup' });
    expect(within(first).getByText('Overdue')).toBeTruthy();
    expect(within(first).getByText(/Abstract sent/)).toBeTruthy();
    expect(
      within(screen.getByRole('article', { name: 'Own the release train' })).getByText('No check-in for 30+ days'),
    ).toBeTruthy();
    expect(
      screen.getByText('2 open · 1 due within two weeks · 1 overdue · 1 without a check-in for 30 days'),
    ).toBeTruthy();
  });

  it('records a check-in from the keyboard and refuses an empty note beside the field', async () => {
    const { checkIn, forPrep } = bridge({
      open: [goal({ title: 'Mentor a new joiner' })],
      dueSoon: 0,
      overdue: 0,
      stale: 0,
    });
    const user = userEvent.setup();
    render(<GoalsPrepPanel personId="p" />);
    await user.click(await screen.findByRole('button', { name: 'Check in on Mentor a new joiner' }));
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    expect(screen.getByRole('alert').textContent).toBe('Note is required');
    expect(screen.getByLabelText('Progress note').getAttribute('aria-invalid')).toBe('true');
    expect(checkIn).not.toHaveBeenCalled();
    await user.type(screen.getByLabelText('Progress note'), 'Paired twice this week');
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    expect(checkIn).toHaveBeenCalledWith({
      goalId: expect.any(String),
      fields: { checkedOn: null, note: 'Paired twice this week' },
    });
    // The check-in changed goals: the panel asked again without being told to.
    await waitFor(() => expect(forPrep).toHaveBeenCalledTimes(2));
  });
});

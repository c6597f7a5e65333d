import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Goal, GoalsPrep } from '#shared/goals/model';
import { GoalsDueBrief } from '#renderer/features/goals/GoalsDueBrief';
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
  const setStatus = vi.fn(async () => ({ ok: true, value: { ...prep.open[0], status: 'achieved' } }));
  installBridge({ 'goals.forPrep': forPrep, 'goals.checkIn': checkIn, 'goals.setStatus': setStatus });
  return { forPrep, checkIn, setStatus };
}
const row = (title: string) => screen.getByText(title).closest('li')!;
afterEach(() => Reflect.deleteProperty(window, 'cairn'));

describe('GoalsDueBrief (for the 1:1 prep view)', () => {
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
    render(<GoalsDueBrief personId="p" />);
    await screen.findByText('Speak at the meetup');
    const first = row('Speak at the meetup');
    expect(within(first).getByText('Overdue')).toBeTruthy();
    expect(within(first).getByText(/Abstract sent/)).toBeTruthy();
    expect(within(row('Own the release train')).getByText('No check-in for 30+ days')).toBeTruthy();
    expect(
      screen.getByText('2 open goals · 1 overdue · 1 due within two weeks · 1 without a check-in for 30 days'),
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
    render(<GoalsDueBrief personId="p" />);
    await user.click(await screen.findByRole('button', { name: 'Check in on Mentor a new joiner' }));
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    expect(screen.getByRole('alert').textContent).toBe('Note is required: fill it in.');
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
    // The form closed and focus went back to the button that opened it.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Check in on Mentor a new joiner' })),
    );
  });

  it('marks a goal achieved in one step, says so, and leaves focus on the panel', async () => {
    const { setStatus } = bridge({ open: [goal({ title: 'Lead the migration' })], dueSoon: 0, overdue: 0, stale: 0 });
    const user = userEvent.setup();
    render(<GoalsDueBrief personId="p" />);
    await user.click(await screen.findByRole('button', { name: 'Mark achieved: Lead the migration' }));
    expect(setStatus).toHaveBeenCalledWith({ id: expect.any(String), status: 'achieved' });
    expect(await screen.findByText('“Lead the migration” marked achieved.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Stretch goals' })));
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyGoalFields, type Goal } from '#shared/goals/model';
import { GoalCard } from '#renderer/features/goals/GoalCard';

/**
 * A form sends once until it is answered. The bridge here answers only when the test says so,
 * as a busy main process would; the form is the real one.
 */
const goal: Goal = {
  ...emptyGoalFields,
  title: 'Lead the migration',
  status: 'active',
  id: '6f1c1a52-3b38-4d0c-9a38-6a9f7c2b9a11',
  personId: '7f1c1a52-3b38-4d0c-9a38-6a9f7c2b9a12',
  ladderName: null,
  targetLevelName: null,
  competencyNames: [],
  checkIns: [],
  lastCheckInOn: null,
  overdue: false,
  stale: false,
  createdAt: '2026-03-02T09:00:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
};

afterEach(() => {
  delete (window as { cairn?: unknown }).cairn;
});

describe('a form sends once until it is answered', () => {
  it('a double click on Save check-in sends one check-in', async () => {
    let answer: (value: unknown) => void = () => {};
    const checkIn = vi.fn(() => new Promise((resolve) => (answer = resolve)));
    (window as { cairn?: unknown }).cairn = { 'goals.checkIn': checkIn };
    const onChanged = vi.fn();
    const user = userEvent.setup();
    render(<GoalCard goal={goal} onChanged={onChanged} />);
    await user.click(screen.getByRole('button', { name: 'Check in on Lead the migration' }));
    await user.type(screen.getByLabelText('Progress note'), 'Plan agreed');
    await user.dblClick(screen.getByRole('button', { name: 'Save check-in' }));
    await user.keyboard('{Enter}');
    expect(checkIn).toHaveBeenCalledTimes(1);
    answer({ ok: true, value: goal });
    await vi.waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(checkIn).toHaveBeenCalledTimes(1);
  });
});

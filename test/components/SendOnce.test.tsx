import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyGoalFields } from '#shared/goals/model';
import { emptyPersonFields } from '#shared/people/model';
import { GoalCard } from '#renderer/features/goals/GoalCard';
import { realAppPerTest } from '../support/realBridge';

/**
 * A form sends once until it is answered. The real handlers answer, but only when the test
 * says so, as a busy main process would; the form is the real one.
 */
let checkInsSent = 0;
let answer: () => void = () => {};
beforeEach(() => {
  checkInsSent = 0;
});
const app = realAppPerTest({
  beforeRequest: (channel) => {
    if (channel !== 'goals.checkIn') return Promise.resolve();
    checkInsSent += 1;
    return new Promise<void>((resolve) => (answer = resolve));
  },
});

describe('a form sends once until it is answered', () => {
  it('a double click on Save check-in sends one check-in', async () => {
    const personId = app().call('people.create', { ...emptyPersonFields, name: 'Ada' }).id;
    const goal = app().call('goals.create', { personId, fields: { ...emptyGoalFields, title: 'Lead the migration' } });
    const user = userEvent.setup();
    render(<GoalCard goal={goal} />);
    await user.click(screen.getByRole('button', { name: 'Check in on Lead the migration' }));
    await user.type(screen.getByLabelText('Progress note'), 'Plan agreed');
    await user.dblClick(screen.getByRole('button', { name: 'Save check-in' }));
    await user.keyboard('{Enter}');
    expect(checkInsSent).toBe(1);
    answer();
    // Answered: the check-in form closes (the list refreshes itself on the change event).
    await vi.waitFor(() => expect(screen.queryByLabelText('Progress note')).toBeNull());
    expect(checkInsSent).toBe(1);
    expect(
      app()
        .call('goals.list', { personId })[0]!
        .checkIns.map((c) => c.note),
    ).toEqual(['Plan agreed']);
  });
});

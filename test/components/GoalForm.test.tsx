import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { emptyGoalFields, type GoalFields } from '#shared/goals/model';
import { GoalForm } from '#renderer/features/goals/GoalForm';

function setup(initial: GoalFields = emptyGoalFields) {
  // A goal outside any ladder asks the store for nothing: an empty bridge is enough.
  (window as { cairn?: unknown }).cairn = {};
  const onSubmit = vi.fn(async (_: GoalFields) => {});
  render(<GoalForm initial={initial} ladders={[]} submitLabel="Add goal" onSubmit={onSubmit} onCancel={() => {}} />);
  return { onSubmit, user: userEvent.setup(), title: screen.getByLabelText('Title (required)') };
}

describe('GoalForm: when an error shows', () => {
  it('says nothing about a title the user only passed through, by Tab or by opening the calendar', async () => {
    const { user, title } = setup();
    await user.click(title);
    await user.tab();
    await user.click(screen.getByRole('button', { name: /calendar/i }));
    expect(screen.queryByText('Title is required: fill it in.')).toBeNull();
    expect(title.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows it once the form is submitted, beside the title, and does not submit', async () => {
    const { user, title, onSubmit } = setup();
    await user.click(screen.getByRole('button', { name: 'Add goal' }));
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(title.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Title is required: fill it in.',
    );
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows it when a title the user changed is left wrong, and drops it as they fix it', async () => {
    const { user, title } = setup({ ...emptyGoalFields, title: 'Lead the migration' });
    await user.clear(title);
    await user.tab();
    expect(screen.getByText('Title is required: fill it in.')).toBeTruthy();
    await user.click(title);
    await user.keyboard('Lead the release');
    expect(screen.queryByText('Title is required: fill it in.')).toBeNull();
  });
});

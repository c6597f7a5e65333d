import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyGoalFields, type GoalFields } from '#shared/goals/model';
import { emptyPersonFields } from '#shared/people/model';
import { GoalsDueBrief } from '#renderer/features/goals/GoalsDueBrief';
import { realAppPerTest } from '../support/realBridge';

/** What the panel asked the store, in order: the real handlers answer every request. */
const sent: { channel: string; input: unknown }[] = [];
const sentOn = (channel: string) => sent.filter((s) => s.channel === channel).map((s) => s.input);
beforeEach(() => {
  sent.length = 0;
});
// The suite's usual today: Monday 2 March 2026.
const app = realAppPerTest({
  beforeRequest: async (channel, input) => {
    sent.push({ channel, input });
  },
});

const addPerson = () => app().call('people.create', { ...emptyPersonFields, name: 'Ada Lovelace' }).id;
const addGoal = (personId: string, fields: Partial<GoalFields> & Pick<GoalFields, 'title'>) =>
  app().call('goals.create', { personId, fields: { ...emptyGoalFields, ...fields } });
const row = (title: string) => screen.getByText(title).closest('li')!;

describe('GoalsDueBrief (for the 1:1 prep view)', () => {
  it('shows open goals with overdue and stale marked, and the counts', async () => {
    const personId = addPerson();
    // Both set in mid-January; only the talk has had a check-in since (on 20 February).
    app().setNow(new Date('2026-01-15T09:00:00Z'));
    const talk = addGoal(personId, { title: 'Speak at the meetup', dueDate: '2026-02-01' });
    addGoal(personId, { title: 'Own the release train' });
    app().setNow(new Date('2026-02-20T09:00:00Z'));
    app().call('goals.checkIn', { goalId: talk.id, fields: { checkedOn: null, note: 'Abstract sent' } });
    app().setNow(new Date('2026-03-02T09:00:00Z'));
    render(<GoalsDueBrief personId={personId} />);
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
    const goal = addGoal(addPerson(), { title: 'Mentor a new joiner' });
    const user = userEvent.setup();
    render(<GoalsDueBrief personId={goal.personId} />);
    await user.click(await screen.findByRole('button', { name: 'Check in on Mentor a new joiner' }));
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    expect(screen.getByRole('alert').textContent).toBe('Note is required: fill it in.');
    expect(screen.getByLabelText('Progress note').getAttribute('aria-invalid')).toBe('true');
    expect(sentOn('goals.checkIn')).toEqual([]);
    await user.type(screen.getByLabelText('Progress note'), 'Paired twice this week');
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    expect(sentOn('goals.checkIn')).toEqual([
      { goalId: expect.any(String), fields: { checkedOn: null, note: 'Paired twice this week' } },
    ]);
    // The check-in changed goals: the panel asked again without being told to.
    await waitFor(() => expect(sentOn('goals.forPrep')).toHaveLength(2));
    // The form closed and focus went back to the button that opened it.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Check in on Mentor a new joiner' })),
    );
  });

  it('marks a goal achieved in one step, says so, and leaves focus on the panel', async () => {
    const goal = addGoal(addPerson(), { title: 'Lead the migration' });
    const user = userEvent.setup();
    render(<GoalsDueBrief personId={goal.personId} />);
    await user.click(await screen.findByRole('button', { name: 'Mark achieved: Lead the migration' }));
    expect(sentOn('goals.setStatus')).toEqual([{ id: expect.any(String), status: 'achieved' }]);
    expect(await screen.findByText('“Lead the migration” marked achieved.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Stretch goals' })));
  });
});

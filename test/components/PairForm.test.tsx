import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { emptyPersonFields, type Person } from '#shared/people/model';
import { PairForm } from '#renderer/features/mentoring/PairForm';
import type { PairFormValues } from '#renderer/features/mentoring/pairFormValues';

const person = (id: string, name: string): Person => ({
  ...emptyPersonFields,
  id,
  name,
  status: 'active',
  leftOn: null,
  teamName: null,
  createdAt: '',
  updatedAt: '',
});
const people = [
  person('6f1c1a52-3b38-4d0c-9a38-6a9f7c2b9a11', 'Omar'),
  person('7a2d2b63-4c49-4e1d-8b49-7b0a8d3c0b22', 'Mia'),
];
const initial: PairFormValues = {
  mentorId: '',
  menteeId: '',
  status: 'active',
  focusAreas: '',
  goals: '',
  expectations: '',
  cadence: '14',
  customDays: '',
  startDate: '2026-03-02',
  plannedEnd: null,
};

function setup() {
  const onSubmit = vi.fn(async (_: PairFormValues) => {});
  render(<PairForm initial={initial} people={people} editing={false} onSubmit={onSubmit} onCancel={() => {}} />);
  return { onSubmit, user: userEvent.setup() };
}

describe('PairForm', () => {
  it('shows every error beside its field at once, focuses the first, and does not submit', async () => {
    const { onSubmit, user } = setup();
    await user.selectOptions(screen.getByLabelText('Cadence (required)'), 'custom');
    await user.type(screen.getByLabelText('Days between sessions (required)'), '0');
    await user.click(screen.getByRole('button', { name: 'Add pair' }));
    const mentor = screen.getByLabelText('Mentor (required)');
    expect(mentor.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Choose the mentor')).toBeTruthy();
    expect(screen.getByText('Choose the mentee')).toBeTruthy();
    expect(screen.getByText('Enter a whole number of days from 1 to 180')).toBeTruthy();
    expect(document.activeElement).toBe(mentor);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('refuses the same person twice and submits a custom cadence as typed, by keyboard', async () => {
    const { onSubmit, user } = setup();
    await user.selectOptions(screen.getByLabelText('Mentor (required)'), 'Omar');
    await user.selectOptions(screen.getByLabelText('Mentee (required)'), 'Omar');
    await user.click(screen.getByRole('button', { name: 'Add pair' }));
    expect(screen.getByText('The mentee must be someone other than the mentor: choose another person.')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Mentee (required)'), 'Mia');
    await user.selectOptions(screen.getByLabelText('Cadence (required)'), 'custom');
    await user.type(screen.getByLabelText('Days between sessions (required)'), '21');
    await user.type(screen.getByLabelText('Focus areas'), 'Testing, hiring, testing{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({
      mentorId: people[0]!.id,
      menteeId: people[1]!.id,
      cadence: 'custom',
      customDays: '21',
      focusAreas: 'Testing, hiring, testing',
    });
  });
});

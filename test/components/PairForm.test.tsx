import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { emptyPersonFields } from '#shared/people/model';
import { PairForm } from '#renderer/features/mentoring/PairForm';
import type { PairFormValues } from '#renderer/features/mentoring/pairFormValues';
import { realAppPerTest } from '../support/realBridge';

// The pickers search the real store as the user types.
const app = realAppPerTest();
const arrangePeople = () => ['Omar', 'Mia'].map((name) => app().call('people.create', { ...emptyPersonFields, name }));
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

/** The person picker labelled so (jsdom reads "Mentor (required)" without its space). */
const pickerOf = (label: string) => screen.getByRole('combobox', { name: (name) => name.startsWith(label) });

function setup() {
  const people = arrangePeople();
  const onSubmit = vi.fn(async (_: PairFormValues) => {});
  render(<PairForm initial={initial} editing={false} onSubmit={onSubmit} onCancel={() => {}} />);
  const user = userEvent.setup();
  /** Types the name into the picker and chooses it with the keyboard. */
  const pick = async (label: string, name: string) => {
    const box = pickerOf(label);
    await user.clear(box);
    await user.type(box, name);
    await screen.findByRole('option', { name });
    await user.keyboard('{ArrowDown}{Enter}');
  };
  return { onSubmit, user, pick, people };
}

describe('PairForm', () => {
  it('shows every error beside its field at once, focuses the first, and does not submit', async () => {
    const { onSubmit, user } = setup();
    await user.selectOptions(screen.getByLabelText('Cadence (required)'), 'custom');
    await user.type(screen.getByLabelText('Days between sessions (required)'), '0');
    await user.click(screen.getByRole('button', { name: 'Add pair' }));
    const mentor = pickerOf('Mentor');
    expect(mentor.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Choose the mentor')).toBeTruthy();
    expect(screen.getByText('Choose the mentee')).toBeTruthy();
    expect(screen.getByText('Enter a whole number of days from 1 to 180')).toBeTruthy();
    expect(document.activeElement).toBe(mentor);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('refuses the same person twice and submits a custom cadence as typed, by keyboard', async () => {
    const { onSubmit, user, pick, people } = setup();
    await pick('Mentor', 'Omar');
    await pick('Mentee', 'Omar');
    await user.click(screen.getByRole('button', { name: 'Add pair' }));
    expect(screen.getByText('The mentee must be someone other than the mentor: choose another person.')).toBeTruthy();
    await pick('Mentee', 'Mia');
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

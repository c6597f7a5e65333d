import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { SeriesFields } from '#shared/oneOnOnes/model';
import { RequestError } from '#renderer/api/client';
import { SeriesForm } from '#renderer/features/oneOnOnes/SeriesForm';

const initial: SeriesFields = {
  personId: '6f1c1a52-3b38-4d0c-9a38-6a9f7c2b9a11',
  cadence: 'weekly',
  everyDays: null,
  firstDate: '2026-03-03',
  time: '10:00',
  timeZone: 'Europe/London',
  monthlyBy: 'day',
};

const priya = { name: 'Priya Raman', callName: 'Priya', timeZone: 'Asia/Kolkata' };

function setup(onSaved = vi.fn(async (_: SeriesFields) => {})) {
  render(<SeriesForm initial={initial} onSaved={onSaved} myZone="Europe/London" person={priya} />);
  return { onSaved, user: userEvent.setup() };
}

describe('SeriesForm', () => {
  it('asks for the number of days only for a custom cadence, and refuses it empty, beside the field', async () => {
    const { onSaved, user } = setup();
    expect(screen.queryByLabelText('Days between 1:1s (required)')).toBeNull();
    await user.selectOptions(screen.getByLabelText('Cadence (required)'), 'custom');
    const days = screen.getByLabelText('Days between 1:1s (required)');
    await user.click(screen.getByRole('button', { name: 'Save series' }));
    expect(days.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Say how many days apart the 1:1s are.')).toBeTruthy();
    expect(onSaved).not.toHaveBeenCalled();

    await user.type(days, '10');
    await user.click(screen.getByRole('button', { name: 'Save series' }));
    expect(onSaved.mock.calls[0]?.[0]).toMatchObject({ cadence: 'custom', everyDays: 10 });
  });

  it('a monthly series offers the date or the weekday of the month its first date is, and sends the choice', async () => {
    const { onSaved, user } = setup(); // first 1:1 on Tuesday 3 March 2026: the 3rd, the first Tuesday
    expect(screen.queryByLabelText('Each month (required)')).toBeNull();
    await user.selectOptions(screen.getByLabelText('Cadence (required)'), 'monthly');
    const each = screen.getByLabelText('Each month (required)');
    expect(
      within(each)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['on the 3rd', 'on the first Tuesday']);
    await user.selectOptions(each, 'weekday');
    await user.click(screen.getByRole('button', { name: 'Save series' }));
    expect(onSaved.mock.calls[0]?.[0]).toMatchObject({ cadence: 'monthly', monthlyBy: 'weekday' });
  });

  it('sends no day count for a fixed cadence, and shows a refusal from the store beside its field', async () => {
    const onSaved = vi.fn(async (_: SeriesFields) => {
      throw new RequestError({
        code: 'invalid_input',
        message: 'Choose a time zone from the list: type a city, such as Berlin.',
        field: 'timeZone',
      });
    });
    const { user } = setup(onSaved);
    await user.click(screen.getByRole('button', { name: 'Save series' }));
    expect(onSaved.mock.calls[0]?.[0]).toMatchObject({ cadence: 'weekly', everyDays: null });
    const anchor = screen.getByRole('group', { name: 'Keep the time fixed on' });
    expect(anchor.className).toContain('field--invalid');
    expect(screen.getByText('Choose a time zone from the list: type a city, such as Berlin.')).toBeTruthy();
    expect(anchor.contains(document.activeElement)).toBe(true);
  });

  it("asks the time on the manager's clock by default, says both clocks, and can keep the report's clock instead", async () => {
    const { onSaved, user } = setup();
    expect(screen.getByRole('radio', { name: 'My time (London)' })).toHaveProperty('checked', true);
    const time = screen.getByRole('group', { name: /^Time, your time \(London\)/ });
    const segments = within(time).getAllByRole('spinbutton');
    expect(segments.map((segment) => segment.getAttribute('aria-valuetext'))).toEqual(['10 AM', '00', 'AM']);
    expect(screen.getByText('On the first 1:1: 10:00 AM for you and 3:30 PM for Priya.')).toBeTruthy();
    expect(
      screen.getByText(/stays at the same time in London; on the other clock it may move by an hour/),
    ).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'Priya’s time (Kolkata)' }));
    expect(screen.getByRole('group', { name: /^Time, Priya’s time \(Kolkata\)/ })).toBeTruthy();
    expect(screen.getByText('On the first 1:1: 4:30 AM for you and 10:00 AM for Priya.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save series' }));
    expect(onSaved.mock.calls[0]?.[0]).toMatchObject({ time: '10:00', timeZone: 'Asia/Kolkata' });
  });

  it('keeps a series set up on a third clock on that clock until another is chosen', async () => {
    const onSaved = vi.fn(async (_: SeriesFields) => {});
    render(
      <SeriesForm
        initial={{ ...initial, timeZone: 'America/New_York' }}
        onSaved={onSaved}
        myZone="Europe/London"
        person={priya}
      />,
    );
    expect(screen.getByRole('radio', { name: 'As set up (New York)' })).toHaveProperty('checked', true);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save series' }));
    expect(onSaved.mock.calls[0]?.[0]).toMatchObject({ timeZone: 'America/New_York' });
  });

  it('offers no clock to choose when both are in the same zone, and keeps the manager’s', async () => {
    const onSaved = vi.fn(async (_: SeriesFields) => {});
    const ada = { name: 'Ada Lovelace', callName: 'Ada', timeZone: 'Europe/London' };
    render(<SeriesForm initial={initial} onSaved={onSaved} myZone="Europe/London" person={ada} />);
    expect(screen.queryByRole('group', { name: 'Keep the time fixed on' })).toBeNull();
    expect(screen.getByRole('group', { name: /^Time, your time \(London\)/ })).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save series' }));
    expect(onSaved.mock.calls[0]?.[0]).toMatchObject({ timeZone: 'Europe/London' });
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { TimeZonePicker } from '#renderer/components/pickers/TimeZonePicker';
import { labelOfZone, timeZoneOptions, zoneMatches, zoneNamedBy } from '#renderer/components/pickers/timeZones';

function ZoneHarness({ initial }: { initial: string | null }) {
  const [zone, setZone] = useState<string | null>(initial);
  return (
    <>
      <TimeZonePicker value={zone} onChange={setZone} />
      <output aria-label="Stored zone">{zone ?? 'none'}</output>
    </>
  );
}

const stored = () => screen.getByRole('status', { hidden: true, name: 'Stored zone' }).textContent;

describe('time zone words', () => {
  it('names a zone by its city and region, never by the raw id alone', () => {
    expect(labelOfZone('Europe/Berlin')).toBe('Berlin (Europe)');
    expect(labelOfZone('America/Argentina/Buenos_Aires')).toBe('Buenos Aires (America, Argentina)');
    expect(labelOfZone('UTC')).toBe('UTC');
  });

  it('finds a zone by city, id, region words or offset, and names one from exact text only', () => {
    const options = timeZoneOptions(new Date('2026-01-15T12:00:00Z'), 'en-GB');
    const kolkata = options.find((o) => o.id === 'Asia/Kolkata')!;
    expect(kolkata.offset).toBe('GMT+5:30');
    expect(zoneMatches(kolkata, 'kolk')).toBe(true);
    expect(zoneMatches(kolkata, 'Asia/Kolkata')).toBe(true);
    expect(zoneMatches(kolkata, 'gmt+5:30')).toBe(true);
    expect(zoneMatches(kolkata, 'europe')).toBe(false);
    expect(zoneNamedBy(options, 'europe/berlin')?.id).toBe('Europe/Berlin');
    expect(zoneNamedBy(options, 'Berlin')?.id).toBe('Europe/Berlin');
    expect(zoneNamedBy(options, 'Berlin (Europe)')?.id).toBe('Europe/Berlin');
    expect(zoneNamedBy(options, 'Mars/Olympus')).toBeNull();
    expect(options.some((o) => o.id === 'UTC')).toBe(true);
  });
});

describe('TimeZonePicker', () => {
  it('shows the chosen zone by city, and is chosen by typing and the keyboard alone', async () => {
    const user = userEvent.setup();
    render(<ZoneHarness initial="Europe/London" />);
    const input = screen.getByRole('combobox', { name: 'Time zone' });
    expect((input as HTMLInputElement).value).toBe('London (Europe)');
    await user.click(input);
    await user.clear(input);
    await user.type(input, 'kolkata');
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([expect.stringContaining('Kolkata (Asia)')]);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(stored()).toBe('Asia/Kolkata');
    expect((input as HTMLInputElement).value).toBe('Kolkata (Asia)');
  });

  it('keeps text that names no zone, so the form can say what is wrong, and says so in the list', async () => {
    const user = userEvent.setup();
    render(<ZoneHarness initial={null} />);
    const input = screen.getByRole('combobox', { name: 'Time zone' });
    await user.type(input, 'Mars/Olympus');
    expect(screen.getByText('No time zone matches. Try a nearby city or an offset such as GMT+2.')).toBeTruthy();
    await user.tab();
    expect(stored()).toBe('Mars/Olympus');
    expect((input as HTMLInputElement).value).toBe('Mars/Olympus');
  });

  it('takes a zone typed in full (its id or its city) when the user leaves the field', async () => {
    const user = userEvent.setup();
    render(<ZoneHarness initial={null} />);
    const input = screen.getByRole('combobox', { name: 'Time zone' });
    await user.type(input, 'Europe/Berlin');
    await user.tab();
    expect(stored()).toBe('Europe/Berlin');
    expect((input as HTMLInputElement).value).toBe('Berlin (Europe)');
  });

  it('has a named button that opens the whole list', async () => {
    const user = userEvent.setup();
    render(<ZoneHarness initial={null} />);
    await user.click(screen.getByRole('button', { name: /Show all time zones/ }));
    expect(screen.getAllByRole('option').length).toBeGreaterThan(300);
  });
});

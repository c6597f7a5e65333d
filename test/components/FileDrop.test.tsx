import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FileDrop } from '#renderer/components/FileDrop';

describe('FileDrop', () => {
  it('is reached by Tab as the named file input and says which formats it takes', async () => {
    const user = userEvent.setup();
    render(<FileDrop label="Ladder file" accept=".json,.yaml" formats="JSON or YAML" onFile={() => {}} />);
    await user.tab();
    const input = screen.getByLabelText(/^Ladder file/) as HTMLInputElement;
    expect(document.activeElement).toBe(input);
    expect(input.type).toBe('file');
    expect(input.accept).toBe('.json,.yaml');
    const described = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id));
    expect(described.map((el) => el?.textContent)).toContain('Drop a file here. Takes JSON or YAML.');
  });

  it('hands over the chosen file and then names it', async () => {
    const user = userEvent.setup();
    const onFile = vi.fn();
    render(<FileDrop label="CSV file" accept=".csv" formats="CSV" onFile={onFile} />);
    const file = new File(['name,role\n'], 'team.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText(/^CSV file/), file);
    expect(onFile).toHaveBeenCalledWith(file);
    expect(screen.getByText('Chosen: team.csv')).toBeTruthy();
  });

  it('ties an error to the input and marks it invalid', () => {
    render(
      <FileDrop
        label="Scorecard"
        accept=".json"
        formats="JSON"
        onFile={() => {}}
        error="the checksum does not match"
      />,
    );
    const input = screen.getByLabelText(/^Scorecard/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const error = screen.getByRole('alert');
    expect(error.textContent).toBe('the checksum does not match');
    expect(input.getAttribute('aria-describedby')).toContain(error.id);
  });
});

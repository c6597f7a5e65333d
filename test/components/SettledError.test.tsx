import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Field } from '#renderer/components/Field';

function Name({ error }: { error?: string }) {
  return (
    <Field label="Name" error={error}>
      {(ids) => <input {...ids} />}
    </Field>
  );
}

describe('error lines during a click', () => {
  it('keep their place while a pointer is down and catch up once it is released', async () => {
    const { rerender } = render(<Name />);
    fireEvent.pointerDown(document.body);
    rerender(<Name error="Enter a name" />);
    expect(screen.queryByText('Enter a name')).toBeNull();

    fireEvent.pointerUp(document.body);
    await act(() => new Promise((done) => setTimeout(done, 0)));
    expect(screen.getByText('Enter a name')).toBeTruthy();

    // An error that goes while pressing also stays until the release.
    fireEvent.pointerDown(document.body);
    rerender(<Name />);
    expect(screen.getByText('Enter a name')).toBeTruthy();
    fireEvent.pointerUp(document.body);
    await act(() => new Promise((done) => setTimeout(done, 0)));
    expect(screen.queryByText('Enter a name')).toBeNull();
  });

  it('show from the click on, so a form checked on that click finds its errors', () => {
    const { rerender } = render(<Name />);
    fireEvent.pointerDown(document.body);
    fireEvent.pointerUp(document.body);
    fireEvent.click(document.body);
    rerender(<Name error="Enter a name" />);
    expect(screen.getByText('Enter a name')).toBeTruthy();
  });

  it('show at once when no pointer is down (typing, Tab)', () => {
    const { rerender } = render(<Name />);
    rerender(<Name error="Enter a name" />);
    expect(screen.getByText('Enter a name')).toBeTruthy();
  });
});

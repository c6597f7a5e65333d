import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { LadderSummary } from '#shared/ladders/model';
import { emptyPersonFields, type PersonFields, type Team } from '#shared/people/model';
import { RequestError } from '#renderer/api/client';
import { PersonForm } from '#renderer/features/people/PersonForm';

const teams: Team[] = [
  { id: '6f1c1a52-3b38-4d0c-9a38-6a9f7c2b9a11', name: 'Platform', description: '', activeMembers: 0, createdAt: '' },
];

function setup(onSubmit = vi.fn(async (_: PersonFields) => {})) {
  render(
    <PersonForm
      initial={emptyPersonFields}
      teams={teams}
      submitLabel="Add person"
      onSubmit={onSubmit}
      onCancel={() => {}}
    />,
  );
  return { onSubmit, user: userEvent.setup() };
}

describe('PersonForm', () => {
  it('shows the error beside the name, marks it invalid, focuses it, and does not submit', async () => {
    const { onSubmit, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    const name = screen.getByLabelText('Name (required)');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    const errorId = name.getAttribute('aria-describedby');
    expect(errorId && document.getElementById(errorId)?.textContent).toBe('Name is required: fill it in.');
    expect(document.activeElement).toBe(name);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits trimmed values, turning blank choices into null', async () => {
    const { onSubmit, user } = setup();
    await user.type(screen.getByLabelText('Name (required)'), '  Ada Lovelace ');
    await user.selectOptions(screen.getByLabelText('Team'), 'Platform');
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({
      name: 'Ada Lovelace',
      teamId: teams[0]!.id,
      startDate: null,
      timeZone: null,
      relationship: 'direct_report',
    });
  });

  it('can be filled and submitted with the keyboard alone', async () => {
    const { onSubmit, user } = setup();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Name (required)'));
    await user.keyboard('Grace Hopper{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('puts a refusal from the store next to the field it names', async () => {
    const onSubmit = vi.fn(async () => {
      throw new RequestError({ code: 'invalid_input', message: 'That team does not exist.', field: 'teamId' });
    });
    const { user } = setup(onSubmit);
    await user.type(screen.getByLabelText('Name (required)'), 'Ada');
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    expect(await screen.findByText('That team does not exist.')).toBeTruthy();
    expect(screen.getByLabelText('Team').getAttribute('aria-invalid')).toBe('true');
  });

  it('offers the tracks and levels of the chosen ladder, and resets them when the ladder changes', async () => {
    const ladders: LadderSummary[] = [
      {
        id: 'a6f1c1a5-3b38-4d0c-9a38-6a9f7c2b9a11',
        name: 'Engineering',
        source: '',
        versionNumber: 1,
        tracks: 2,
        levels: 3,
        competencies: 1,
        assessments: 0,
        updatedAt: '',
        placement: {
          tracks: [
            { id: 'ic', name: 'IC' },
            { id: 'm', name: 'Management' },
          ],
          levels: [
            { id: 'e1', name: 'Engineer', track: 'ic' },
            { id: 'e2', name: 'Senior', track: 'ic' },
            { id: 'm1', name: 'Manager', track: 'm' },
          ],
        },
      },
    ];
    const onSubmit = vi.fn(async (_: PersonFields) => {});
    render(
      <PersonForm
        initial={emptyPersonFields}
        teams={teams}
        ladders={ladders}
        submitLabel="Add person"
        onSubmit={onSubmit}
        onCancel={() => {}}
      />,
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Name (required)'), 'Ada');
    await user.selectOptions(screen.getByLabelText('Ladder'), 'Engineering');
    await user.selectOptions(screen.getByLabelText('Track'), 'IC');
    expect([...screen.getByLabelText<HTMLSelectElement>('Level').options].map((o) => o.text)).toEqual([
      'Choose a level',
      'Engineer',
      'Senior',
    ]);
    await user.selectOptions(screen.getByLabelText('Level'), 'Senior');
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ ladderId: ladders[0]!.id, track: 'ic', level: 'e2' });
    await user.selectOptions(screen.getByLabelText('Ladder'), 'No ladder');
    expect(screen.getByLabelText<HTMLInputElement>('Level').value).toBe('');
  });

  it('shows a refusal without a field above the form', async () => {
    const onSubmit = vi.fn(async () => {
      throw new RequestError({
        code: 'internal',
        message: 'Cairn could not complete this request; nothing was changed.',
      });
    });
    const { user } = setup(onSubmit);
    await user.type(screen.getByLabelText('Name (required)'), 'Ada');
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    expect((await screen.findByRole('alert')).textContent).toContain('nothing was changed');
  });
});

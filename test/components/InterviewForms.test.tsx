import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { KitFields, KitItem, Rating, Recommendation, Role } from '#shared/interviews/model';
import { RequestError } from '#renderer/api/client';
import { KitForm } from '#renderer/features/interviews/KitForm';
import { ItemRating, RecommendationField } from '#renderer/features/interviews/RatingFields';

// jsdom has no CSS.escape; user-event needs it to walk a radio group with the arrow keys.
if (!globalThis.CSS?.escape)
  Object.assign(globalThis, { CSS: { escape: (v: string) => v.replace(/[^\w-]/g, (c) => `\\${c}`) } });

const role: Role = {
  id: '6f1c1a52-3b38-4d0c-9a38-6a9f7c2b9a11',
  title: 'Backend engineer',
  level: '',
  retentionDays: null,
  competencies: [
    { id: '7a2c1a52-3b38-4d0c-9a38-6a9f7c2b9a22', name: 'System design', description: '', ladderCompetencyId: null },
  ],
  kits: [],
  candidateCount: 0,
  createdAt: '',
};

async function fillKit(user: ReturnType<typeof userEvent.setup>, skipAnchor?: number) {
  await user.type(screen.getByLabelText('Stage (required)'), 'Onsite');
  await user.selectOptions(screen.getByLabelText('Competency for item 1 (required)'), 'System design');
  for (let a = 1; a <= 4; a++)
    if (a !== skipAnchor)
      await user.type(screen.getByLabelText(`Item 1, anchor for score ${a} (required)`), `Level ${a} behaviour`);
}

describe('KitForm', () => {
  it('refuses a rubric with a missing anchor beside that anchor, and does not submit', async () => {
    const onSubmit = vi.fn(async (_: KitFields) => {});
    const user = userEvent.setup();
    render(<KitForm role={role} initial={null} submitLabel="Create kit" onSubmit={onSubmit} />);
    await fillKit(user, 2);
    expect((screen.getByLabelText('Name of item 1 (required)') as HTMLInputElement).value).toBe('System design');
    await user.click(screen.getByRole('button', { name: 'Create kit' }));
    const missing = screen.getByLabelText('Item 1, anchor for score 2 (required)');
    expect(missing.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(missing.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Anchor for score 2 is required: fill it in.',
    );
    expect(document.activeElement).toBe(missing);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('says an interview item has no competency in the same submit as every other problem', async () => {
    const onSubmit = vi.fn(async (_: KitFields) => {});
    const user = userEvent.setup();
    render(<KitForm role={role} initial={null} submitLabel="Create kit" onSubmit={onSubmit} />);
    await user.click(screen.getByRole('button', { name: 'Create kit' }));
    expect(screen.getByLabelText('Stage (required)').getAttribute('aria-invalid')).toBe('true');
    const competency = screen.getByLabelText('Competency for item 1 (required)');
    expect(competency.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Choose a competency for this item.')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('puts a refusal from the store beside the field it names', async () => {
    const onSubmit = vi.fn(async () => {
      throw new RequestError({
        code: 'conflict',
        field: 'fields.stage',
        message: 'This role already has a kit for the stage "Onsite".',
      });
    });
    const user = userEvent.setup();
    render(<KitForm role={role} initial={null} submitLabel="Create kit" onSubmit={onSubmit} />);
    await fillKit(user);
    await user.click(screen.getByRole('button', { name: 'Create kit' }));
    expect(onSubmit).toHaveBeenCalledOnce();
    const stage = screen.getByLabelText('Stage (required)');
    expect(stage.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('This role already has a kit for the stage "Onsite".')).toBeTruthy();
  });
});

const item: KitItem = {
  key: 'k1',
  name: 'System design',
  competencyId: null,
  anchors: ['Needs it handed over', 'With prompting', 'On their own', 'Raises the bar'],
};

function Card() {
  const [rating, setRating] = useState<Rating>({ itemKey: 'k1', score: null, evidence: '' });
  const [rec, setRec] = useState<Recommendation | null>(null);
  return (
    <>
      <ItemRating item={item} index={0} rating={rating} locked={false} errors={{}} onChange={setRating} />
      <RecommendationField
        value={rec}
        allRated={rating.score !== null}
        locked={false}
        error={undefined}
        onChange={setRec}
      />
    </>
  );
}

describe('scorecard rating', () => {
  it('offers the anchors as the choices, and opens the recommendation only once rated — by keyboard', async () => {
    const user = userEvent.setup();
    render(<Card />);
    expect(screen.getByRole('radio', { name: /^3\s*On their own$/ })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Strong yes' }) as HTMLInputElement).disabled).toBe(true);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: /^1\s*Needs it handed over$/ }));
    await user.keyboard(' ');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect((screen.getByRole('radio', { name: /^3\s*On their own$/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Strong yes' }) as HTMLInputElement).disabled).toBe(false);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Evidence for System design (required)'));
  });
});

import { render, screen, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { STANDARD_SCALE } from '#shared/ladders/scale';
import { AssessmentPrepPanel } from '#renderer/features/ladders/AssessmentPrepPanel';
import { storedAssessment } from '../support/ladders';

afterEach(() => Reflect.deleteProperty(window, 'cairn'));

const assessment = storedAssessment({
  id: 'a1',
  assessedOn: '2026-02-01',
  ratings: [
    { competencyId: 'code', rating: 'exceeding', note: '' },
    { competencyId: 'talk', rating: 'working_towards', note: '' },
  ],
  // As assessments.get answers: the levels, the competencies by name, and what the level expects.
  ladder: {
    levels: [
      { id: 'e1', name: 'Engineer', track: 'ic' },
      { id: 'e2', name: 'Senior', track: 'ic' },
    ],
    competencies: [
      { id: 'code', name: 'Code' },
      { id: 'talk', name: 'Communication' },
    ],
    expected: [
      { competencyId: 'code', text: 'x' },
      { competencyId: 'talk', text: 'y' },
    ],
    scale: STANDARD_SCALE,
  },
});

it('shows the latest snapshot’s picture and the competencies still growing', async () => {
  const list = vi.fn(async () => ({ ok: true, value: [{ id: 'a1' }] }));
  const get = vi.fn(async () => ({ ok: true, value: assessment }));
  Object.defineProperty(window, 'cairn', {
    value: { 'assessments.list': list, 'assessments.get': get },
    configurable: true,
  });
  render(<AssessmentPrepPanel personId="p" />);
  const gaps = await screen.findByRole('list', { name: 'Gaps' });
  expect(within(gaps).getByText('Communication')).toBeTruthy();
  expect(screen.getByText(/Already showing Senior behaviour in 1 area/)).toBeTruthy();
});

it('says when there is no assessment yet', async () => {
  Object.defineProperty(window, 'cairn', {
    value: { 'assessments.list': vi.fn(async () => ({ ok: true, value: [] })) },
    configurable: true,
  });
  render(<AssessmentPrepPanel personId="p" />);
  expect(await screen.findByText('Not assessed yet.')).toBeTruthy();
});

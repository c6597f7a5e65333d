import { render, screen, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import type { Assessment } from '../../shared/ladders/assessment';
import { AssessmentPrepPanel } from '../../renderer/src/features/ladders/AssessmentPrepPanel';

afterEach(() => Reflect.deleteProperty(window, 'cairn'));

const assessment: Assessment = {
  id: 'a1', personId: 'p', ladderId: 'l', ladderName: 'Eng', versionId: 'v', versionNumber: 1, levelId: 'e1', assessedOn: '2026-02-01', summary: '',
  ratings: [
    { competencyId: 'code', rating: 'exceeding', note: '' },
    { competencyId: 'talk', rating: 'working_towards', note: '' },
  ],
  evidence: [],
  doc: {
    name: 'Eng', description: '', tracks: [{ id: 'ic', name: 'IC' }],
    levels: [{ id: 'e1', name: 'Engineer', track: 'ic' }, { id: 'e2', name: 'Senior', track: 'ic' }],
    areas: [{ id: 'a', name: 'A', description: '' }],
    competencies: [{ id: 'code', area: 'a', name: 'Code', description: '' }, { id: 'talk', area: 'a', name: 'Communication', description: '' }],
    expectations: [
      { competency: 'code', level: 'e1', text: 'x', examples: [] },
      { competency: 'talk', level: 'e1', text: 'y', examples: [] },
    ],
  },
  createdAt: '', updatedAt: '',
};

it('shows the latest snapshot’s picture and the competencies still growing', async () => {
  const list = vi.fn(async () => ({ ok: true, value: [{ id: 'a1' }] }));
  const get = vi.fn(async () => ({ ok: true, value: assessment }));
  Object.defineProperty(window, 'cairn', { value: { 'assessments.list': list, 'assessments.get': get }, configurable: true });
  render(<AssessmentPrepPanel personId="p" />);
  const gaps = await screen.findByRole('list', { name: 'Gaps' });
  expect(within(gaps).getByText('Communication')).toBeTruthy();
  expect(screen.getByText(/Already showing Senior behaviour in 1 area/)).toBeTruthy();
});

it('says when there is no assessment yet', async () => {
  Object.defineProperty(window, 'cairn', { value: { 'assessments.list': vi.fn(async () => ({ ok: true, value: [] })) }, configurable: true });
  render(<AssessmentPrepPanel personId="p" />);
  expect(await screen.findByText('Not assessed yet.')).toBeTruthy();
});

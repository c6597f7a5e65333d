import { render, screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { emptyPersonFields } from '#shared/people/model';
import { AssessmentPrepPanel } from '#renderer/features/ladders/AssessmentPrepPanel';
import { assess, personOnLadder, ratedAs } from '../support/ladders';
import { realAppPerTest } from '../support/realBridge';

const app = realAppPerTest();

/** Two levels and two competencies, each expected at both levels (our own words). */
const LADDER = `format: cairn-ladder
formatVersion: 1
name: Eng
tracks:
  - { id: ic, name: IC }
levels:
  - { id: e1, name: Engineer, track: ic }
  - { id: e2, name: Senior, track: ic }
areas:
  - { id: craft, name: Craft }
competencies:
  - { id: code, area: craft, name: Code }
  - { id: talk, area: craft, name: Communication }
expectations:
  - { competency: code, level: e1, text: Writes code. }
  - { competency: talk, level: e1, text: Explains it. }
  - { competency: code, level: e2, text: Sets the bar. }
  - { competency: talk, level: e2, text: Explains it to other teams. }
`;

it('shows the latest snapshot’s picture and the competencies still growing', async () => {
  const ladder = app().call('ladders.import', { format: 'cairn', fileName: 'eng.yaml', text: LADDER });
  const person = personOnLadder(app(), ladder.id, 'e1', { name: 'Ada Lovelace' });
  assess(app(), person.id, {
    ladderId: ladder.id,
    levelId: 'e1',
    assessedOn: '2026-02-01',
    ratings: ratedAs({ code: 'exceeding', talk: 'working_towards' }),
  });
  render(<AssessmentPrepPanel personId={person.id} />);
  const gaps = await screen.findByRole('list', { name: 'Gaps' });
  expect(within(gaps).getByText('Communication')).toBeTruthy();
  expect(screen.getByText(/Already showing Senior behaviour in 1 area/)).toBeTruthy();
});

it('says when there is no assessment yet', async () => {
  const person = app().call('people.create', { ...emptyPersonFields, name: 'Ada Lovelace' });
  render(<AssessmentPrepPanel personId={person.id} />);
  expect(await screen.findByText('Not assessed yet.')).toBeTruthy();
});

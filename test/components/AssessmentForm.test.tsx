import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { assessmentLadder, type Assessment, type AssessmentFields } from '#shared/ladders/assessment';
import type { LadderDoc } from '#shared/ladders/model';
import { ratingRulesOf } from '#shared/ladders/rules';
import type { MeetingSummary } from '#shared/oneOnOnes/model';
import { RequestError } from '#renderer/api/client';
import { AssessmentForm } from '#renderer/features/ladders/AssessmentForm';
import { storedAssessment } from '../support/ladders';

const doc: LadderDoc = {
  name: 'Eng',
  description: '',
  tracks: [{ id: 'ic', name: 'IC' }],
  levels: [{ id: 'e1', name: 'Engineer', track: 'ic' }],
  areas: [{ id: 'a', name: 'A', description: '' }],
  competencies: [{ id: 'code', area: 'a', name: 'Code', description: '' }],
  expectations: [{ competency: 'code', level: 'e1', text: 'x', examples: [] }],
};

const meeting = (id: string, date: string, status: MeetingSummary['status']): MeetingSummary => ({
  id,
  personId: 'p',
  date,
  time: '10:00',
  timeZone: 'UTC',
  startsAt: `${date}T10:00:00Z`,
  status,
  movedTo: null,
  mood: null,
  tags: [],
});
// As the 1:1 domain lists them: newest first, whatever the status.
const history = [
  meeting('m-next', '2026-03-17', 'scheduled'),
  meeting('m-moved', '2026-03-10', 'moved'),
  meeting('m-held-new', '2026-03-03', 'held'),
  meeting('m-skipped', '2026-02-24', 'skipped'),
  meeting('m-held-old', '2026-02-17', 'held'),
];

beforeEach(() => {
  Object.defineProperty(window, 'cairn', {
    value: {
      'oneOnOnes.history': vi.fn(async () => ({
        ok: true,
        value: { meetings: history, total: history.length, next: null },
      })),
    },
    configurable: true,
  });
});
afterEach(() => Reflect.deleteProperty(window, 'cairn'));

function setup(onSubmit = vi.fn(async (_: AssessmentFields) => {}), existing?: Assessment) {
  render(
    <AssessmentForm
      personId="p"
      competencies={[{ competencyId: 'code', name: 'Code', text: 'x' }]}
      ladderId="6f1c1a52-3b38-4d0c-9a38-6a9f7c2b9a11"
      levelId="e1"
      rules={ratingRulesOf(doc, 'e1')}
      existing={existing}
      onSubmit={onSubmit}
      onCancel={() => {}}
    />,
  );
  return { onSubmit, user: userEvent.setup() };
}

async function addEvidence(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Add evidence' }));
  await user.type(screen.getByLabelText('Evidence 1 (required)'), 'Ran the retro');
  await user.click(screen.getByRole('checkbox', { name: 'Code' }));
}

describe('AssessmentForm: evidence from a 1:1', () => {
  it('offers held 1:1s newest first, then the one to come, and sends the chosen meeting', async () => {
    const { onSubmit, user } = setup();
    await addEvidence(user);
    const select = screen.getByLabelText<HTMLSelectElement>('From the 1:1');
    await screen.findByRole('option', { name: '1:1 on 3 Mar 2026' });
    expect([...select.options].map((o) => o.text)).toEqual([
      'Not from a 1:1',
      '1:1 on 3 Mar 2026',
      '1:1 on 17 Feb 2026',
      '1:1 on 17 Mar 2026 (not held yet)',
    ]);
    await user.selectOptions(select, 'm-held-old');
    await user.click(screen.getByRole('button', { name: 'Save assessment' }));
    expect(onSubmit.mock.calls[0]?.[0].evidence).toEqual([
      { text: 'Ran the retro', competencyIds: ['code'], seenOn: null, meetingId: 'm-held-old', meetingLabel: '' },
    ]);
  });

  it('shows a refusal of the meeting from the store beside the select', async () => {
    const onSubmit = vi.fn(async (_: AssessmentFields) => {
      throw new RequestError({
        code: 'invalid_input',
        message: 'This 1:1 is with someone else.',
        field: 'evidence.0.meetingId',
      });
    });
    const { user } = setup(onSubmit);
    await addEvidence(user);
    await screen.findByRole('option', { name: '1:1 on 3 Mar 2026' });
    await user.selectOptions(screen.getByLabelText('From the 1:1'), 'm-held-new');
    await user.click(screen.getByRole('button', { name: 'Save assessment' }));
    expect(await screen.findByText('This 1:1 is with someone else.')).toBeTruthy();
    expect(screen.getByLabelText('From the 1:1').getAttribute('aria-invalid')).toBe('true');
  });

  it('keeps a label whose meeting is gone, unlinked, unless another choice is made', async () => {
    const existing = storedAssessment({
      ladder: assessmentLadder(doc, 'e1'),
      evidence: [
        {
          id: 'e',
          text: 'Old',
          competencyIds: ['code'],
          seenOn: null,
          meetingId: null,
          meetingLabel: '1:1 on 3 Feb 2026',
        },
      ],
    });
    const { onSubmit, user } = setup(undefined, existing);
    expect(screen.getByLabelText<HTMLSelectElement>('From the 1:1').selectedOptions[0]?.text).toBe(
      '1:1 on 3 Feb 2026 (not linked)',
    );
    await user.click(screen.getByRole('button', { name: 'Save assessment' }));
    expect(onSubmit.mock.calls[0]?.[0].evidence[0]).toMatchObject({
      meetingId: null,
      meetingLabel: '1:1 on 3 Feb 2026',
    });
    await user.selectOptions(screen.getByLabelText('From the 1:1'), '');
    await user.click(screen.getByRole('button', { name: 'Save assessment' }));
    expect(onSubmit.mock.calls[1]?.[0].evidence[0]).toMatchObject({ meetingId: null, meetingLabel: '' });
  });

  it('keeps a link to a 1:1 older than the page of recent ones it offers, under the label the evidence keeps', async () => {
    const existing = storedAssessment({
      ladder: assessmentLadder(doc, 'e1'),
      evidence: [
        {
          id: 'e',
          text: 'Old',
          competencyIds: ['code'],
          seenOn: null,
          meetingId: 'm-2019',
          meetingLabel: '1:1 on 5 Mar 2019',
        },
      ],
    });
    const { onSubmit, user } = setup(undefined, existing);
    await screen.findByRole('option', { name: '1:1 on 3 Mar 2026' });
    const select = screen.getByLabelText<HTMLSelectElement>('From the 1:1');
    expect(select.selectedOptions[0]?.text).toBe('1:1 on 5 Mar 2019');
    await user.click(screen.getByRole('button', { name: 'Save assessment' }));
    expect(onSubmit.mock.calls[0]?.[0].evidence[0]).toMatchObject({ meetingId: 'm-2019' });
  });

  it('says when only the newest 1:1s are offered because there are more', async () => {
    Object.defineProperty(window, 'cairn', {
      value: {
        'oneOnOnes.history': vi.fn(async () => ({
          ok: true,
          value: { meetings: history, total: 400, next: '2026-02-17~9' },
        })),
      },
      configurable: true,
    });
    const { user } = setup();
    await addEvidence(user);
    expect(await screen.findByText('The 1:1 where it came up, if any (from the latest 5).')).toBeTruthy();
  });
});

describe('AssessmentForm: the store’s rating rules, checked before sending', () => {
  it('says a date in the future cannot be, beside the date and in the store’s words, and sends nothing', async () => {
    const existing = storedAssessment({ ladder: assessmentLadder(doc, 'e1'), assessedOn: '2199-01-01' });
    const { onSubmit, user } = setup(undefined, existing);
    await user.click(screen.getByRole('button', { name: 'Save assessment' }));
    expect(
      await screen.findByText(/^The assessment date cannot be after today \(.+\): choose today or an earlier day\.$/),
    ).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

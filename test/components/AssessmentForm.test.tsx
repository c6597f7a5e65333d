import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Assessment, AssessmentFields } from '#shared/ladders/assessment';
import type { LadderDoc } from '#shared/ladders/model';
import { ratingRulesOf } from '#shared/ladders/rules';
import { HISTORY_PAGE_MAX } from '#shared/oneOnOnes/history';
import { emptyPersonFields } from '#shared/people/model';
import { call } from '#renderer/api/client';
import { AssessmentForm } from '#renderer/features/ladders/AssessmentForm';
import { assess } from '../support/ladders';
import { holdUpcoming, upcomingMeetingId, weeklySeries } from '../support/oneOnOnes';
import { realAppPerTest } from '../support/realBridge';
import type { TestApp } from '../support/testApp';

// The 1:1s offered come from the real 1:1 domain over a real store; the form opens on 12 March 2026.
const TODAY = new Date('2026-03-12T09:00:00Z');
const app = realAppPerTest({ now: TODAY });

const doc: LadderDoc = {
  name: 'Eng',
  description: '',
  tracks: [{ id: 'ic', name: 'IC' }],
  levels: [{ id: 'e1', name: 'Engineer', track: 'ic' }],
  areas: [{ id: 'a', name: 'A', description: '' }],
  competencies: [{ id: 'code', area: 'a', name: 'Code', description: '' }],
  expectations: [{ competency: 'code', level: 'e1', text: 'x', examples: [] }],
};
const LADDER_FILE = JSON.stringify({ format: 'cairn-ladder', formatVersion: 1, ...doc });

/**
 * Ada, on the ladder above, with weekly 1:1s from `firstDate` at ten, UTC, set up the day
 * before (a series starts at its next slot). `holdNext` holds the next 1:1 at its time (held
 * early, it would count as held that day); `done` brings the clock to the form's day.
 */
function arrangeAda(target: TestApp, firstDate: string) {
  target.setNow(new Date(Date.parse(`${firstDate}T10:00:00Z`) - 86_400_000));
  const ladderId = target.call('ladders.import', { format: 'cairn', fileName: 'eng.json', text: LADDER_FILE }).id;
  const personId = target.call('people.create', {
    ...emptyPersonFields,
    name: 'Ada',
    ladderId,
    track: 'ic',
    level: 'e1',
  }).id;
  weeklySeries(target, personId, { firstDate, time: '10:00', timeZone: 'UTC' });
  const next = () => upcomingMeetingId(target, personId);
  const holdNext = () => holdUpcoming(target, personId);
  const done = () => target.setNow(TODAY);
  return { ladderId, personId, next, holdNext, done };
}

/** Held 17 Feb, skipped 24 Feb, held 3 Mar, and 10 Mar moved a week on: the next is 17 Mar. */
function arrangeRecentHistory(target: TestApp) {
  const ada = arrangeAda(target, '2026-02-17');
  const heldOn17Feb = ada.holdNext();
  target.call('oneOnOnes.skip', { meetingId: ada.next() });
  const heldOn3Mar = ada.holdNext();
  target.call('oneOnOnes.move', { meetingId: ada.next(), date: '2026-03-17', time: '10:00' });
  ada.done();
  return { ...ada, heldOn3Mar, heldOn17Feb };
}

function setup(
  ada: { ladderId: string; personId: string },
  onSubmit = vi.fn(async (_: AssessmentFields) => {}),
  existing?: Assessment,
) {
  render(
    <AssessmentForm
      personId={ada.personId}
      competencies={[{ competencyId: 'code', name: 'Code', text: 'x' }]}
      ladderId={ada.ladderId}
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
    const ada = arrangeRecentHistory(app());
    const { onSubmit, user } = setup(ada);
    await addEvidence(user);
    const select = screen.getByLabelText<HTMLSelectElement>('From the 1:1');
    await screen.findByRole('option', { name: '1:1 on 3 Mar 2026' });
    expect([...select.options].map((o) => o.text)).toEqual([
      'Not from a 1:1',
      '1:1 on 3 Mar 2026',
      '1:1 on 17 Feb 2026',
      '1:1 on 17 Mar 2026 (not held yet)',
    ]);
    await user.selectOptions(select, ada.heldOn17Feb);
    await user.click(screen.getByRole('button', { name: 'Save assessment' }));
    expect(onSubmit.mock.calls[0]?.[0].evidence).toEqual([
      { text: 'Ran the retro', competencyIds: ['code'], seenOn: null, meetingId: ada.heldOn17Feb, meetingLabel: '' },
    ]);
  });

  it('shows a refusal of the meeting from the store beside the select', async () => {
    const ada = arrangeRecentHistory(app());
    // The real handler refuses a 1:1 that is not the assessed person's: saved for Grace, Ada's
    // 1:1 is someone else's. Its words and field path are the store's own.
    const grace = app().call('people.create', { ...emptyPersonFields, name: 'Grace' }).id;
    const onSubmit = vi.fn(async (fields: AssessmentFields) => {
      await call('assessments.create', { personId: grace, fields });
    });
    const { user } = setup(ada, onSubmit);
    await addEvidence(user);
    await screen.findByRole('option', { name: '1:1 on 3 Mar 2026' });
    await user.selectOptions(screen.getByLabelText('From the 1:1'), ada.heldOn3Mar);
    await user.click(screen.getByRole('button', { name: 'Save assessment' }));
    expect(await screen.findByText('This 1:1 is with someone else.')).toBeTruthy();
    expect(screen.getByLabelText('From the 1:1').getAttribute('aria-invalid')).toBe('true');
  });

  it('keeps a label whose meeting is gone, unlinked, unless another choice is made', async () => {
    const ada = arrangeAda(app(), '2026-02-03');
    const meetingId = ada.holdNext();
    ada.done();
    const { id } = assess(app(), ada.personId, {
      ladderId: ada.ladderId,
      levelId: 'e1',
      evidence: [{ text: 'Old', competencyIds: ['code'], seenOn: null, meetingId, meetingLabel: '' }],
    });
    // No channel deletes a single meeting today; this stands in for any future path that does.
    app().db.prepare('DELETE FROM oo_meetings WHERE id = ?').run(meetingId);
    const existing = app().call('assessments.get', { id });
    const { onSubmit, user } = setup(ada, undefined, existing);
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

  /**
   * Ada's 1:1 of 5 March 2019, then weekly ones, all held, from 10 May 2022 to 3 March 2026:
   * one more than the newest page the form offers, so the 2019 one is not on it.
   */
  function arrangeLongHistory(target: TestApp) {
    const ada = arrangeAda(target, '2019-03-05');
    const first = ada.holdNext();
    target.setNow(new Date('2022-05-09T10:00:00Z'));
    weeklySeries(target, ada.personId, { firstDate: '2022-05-10', time: '10:00', timeZone: 'UTC' });
    for (let held = 0; held < HISTORY_PAGE_MAX; held += 1) ada.holdNext();
    ada.done();
    return { ...ada, first };
  }

  it('keeps a link to a 1:1 older than the page of recent ones it offers, under the label the evidence keeps', async () => {
    const ada = arrangeLongHistory(app());
    const { id } = assess(app(), ada.personId, {
      ladderId: ada.ladderId,
      levelId: 'e1',
      evidence: [{ text: 'Old', competencyIds: ['code'], seenOn: null, meetingId: ada.first, meetingLabel: '' }],
    });
    const existing = app().call('assessments.get', { id });
    const { onSubmit, user } = setup(ada, undefined, existing);
    await screen.findByRole('option', { name: '1:1 on 3 Mar 2026' });
    const select = screen.getByLabelText<HTMLSelectElement>('From the 1:1');
    expect(select.selectedOptions[0]?.text).toBe('1:1 on 5 Mar 2019');
    await user.click(screen.getByRole('button', { name: 'Save assessment' }));
    expect(onSubmit.mock.calls[0]?.[0].evidence[0]).toMatchObject({ meetingId: ada.first });
  });

  it('says when only the newest 1:1s are offered because there are more', async () => {
    const ada = arrangeLongHistory(app());
    const { user } = setup(ada);
    await addEvidence(user);
    expect(
      await screen.findByText(`The 1:1 where it came up, if any (from the latest ${HISTORY_PAGE_MAX}).`),
    ).toBeTruthy();
  });
});

describe('AssessmentForm: the store’s rating rules, checked before sending', () => {
  it('says a date in the future cannot be, beside the date and in the store’s words, and sends nothing', async () => {
    const ada = arrangeAda(app(), '2026-02-17');
    ada.done();
    const { id } = assess(app(), ada.personId, { ladderId: ada.ladderId, levelId: 'e1' });
    const existing = { ...app().call('assessments.get', { id }), assessedOn: '2199-01-01' };
    const { onSubmit, user } = setup(ada, undefined, existing);
    await user.click(screen.getByRole('button', { name: 'Save assessment' }));
    expect(
      await screen.findByText(/^The assessment date cannot be after today \(.+\): choose today or an earlier day\.$/),
    ).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

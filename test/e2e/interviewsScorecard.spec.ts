import { arrangePanel, ratingsFor } from '../support/interviews';
import { APP_URL, expect, expectAccessible, test } from './fixtures';

test('submitting an incomplete scorecard shows every missing part at once, focused on the first, and sends nothing', async ({
  page,
  app,
}) => {
  const { mine } = arrangePanel(app);
  await page.goto(`${APP_URL}/index.html#/interviews/scorecards/${mine}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Scorecard: Cleo Park' })).toBeVisible();

  // A score without evidence, a competency not scored, no recommendation: one click says all three.
  await page.getByRole('radio', { name: '3 Solid design judgement on their own' }).check();
  await page.getByRole('button', { name: 'Submit scorecard' }).click();
  await expect(page.getByText('Write the evidence behind the “System design” score before submitting.')).toBeVisible();
  await expect(page.getByText('Score “Collaboration” before submitting.')).toBeVisible();
  await expect(page.getByText('Choose an overall recommendation before submitting.')).toBeVisible();
  await expect(page.getByLabel('Evidence for System design (required)')).toBeFocused();
  await expectAccessible(page);
  expect(app.call('interviews.getScorecard', { id: mine })).toMatchObject({ status: 'draft', recommendation: null });
  expect(app.call('interviews.getScorecard', { id: mine }).ratings.map((r) => r.score)).toEqual([null, null]);

  // From the keyboard: the next click lands on the unscored competency, whose first anchor takes focus.
  await page.keyboard.type('Named the failure modes unprompted');
  await page.getByRole('button', { name: 'Submit scorecard' }).click();
  await expect(page.getByRole('radio', { name: '1 No sign of collaboration; needed the answer given' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: '2 Some collaboration with heavy prompting' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Evidence for Collaboration (required)')).toBeFocused();
  await page.keyboard.type('Answered when asked');
  await page.getByRole('radio', { name: 'Yes', exact: true }).check();
  await page.getByRole('button', { name: 'Submit scorecard' }).click();
  await expect(page.getByText('Submitted, locked')).toBeVisible();
  expect(app.call('interviews.getScorecard', { id: mine })).toMatchObject({
    status: 'submitted',
    recommendation: 'yes',
  });
});

test('a submitted scorecard is amended by keyboard alone: no error before saving, the reason asked for, focus never on the page', async ({
  page,
  app,
}) => {
  const { mine, kit } = arrangePanel(app);
  app.call('interviews.saveScorecard', {
    id: mine,
    ratings: ratingsFor(kit, [3, 2]),
    recommendation: 'yes',
    submit: true,
  });
  await page.goto(`${APP_URL}/index.html#/interviews/scorecards/${mine}`);
  await expect(page.getByText('Submitted, locked')).toBeVisible();
  await page.getByRole('button', { name: 'Amend…' }).focus();
  await page.keyboard.press('Enter');
  // Opening the amendment is not a save: nothing is in error, and focus is on the first score.
  await expect(page.getByRole('button', { name: 'Save amendment' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('radio', { name: '3 Solid design judgement on their own' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: /^4 Exceptional design judgement/ })).toBeChecked();
  await expectAccessible(page);
  // Saving without a reason asks for one, beside its field.
  await page.getByRole('button', { name: 'Save amendment' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Say why the scorecard changes.')).toBeVisible();
  await expect(page.getByLabel('Reason for the change (required)')).toBeFocused();
  expect(app.call('interviews.getScorecard', { id: mine }).amendments).toHaveLength(0);
  await page.keyboard.type('Re-read my notes: the trade-offs were named unprompted.');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Save amendment' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Scorecard: Cleo Park' })).toBeFocused();
  const amended = app.call('interviews.getScorecard', { id: mine });
  expect(amended.amendments).toHaveLength(1);
  expect(amended.ratings.map((r) => r.score)).toEqual([4, 2]);
  // Cancelling an amendment gives focus back to the button that opened it.
  await page.getByRole('button', { name: 'Amend…' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Amend…' })).toBeFocused();
  await expectAccessible(page);
});

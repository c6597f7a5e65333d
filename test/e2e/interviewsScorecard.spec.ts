import { arrangePanel } from '../support/interviews';
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

import type { Locator, Page } from '@playwright/test';
import type { TestApp } from '../support/testApp';
import { expect, expectAccessible, test } from './fixtures';

// The prep view as a one-screen brief, on the sample team (a few months of 1:1s, goals, assessments).
test.use({ viewport: { width: 1280, height: 800 } });

const LONG_NOTES = Array.from(
  { length: 12 },
  (_, i) => `- Point ${i + 1} from last time: a sentence long enough to wrap on a narrow column of the brief.`,
).join('\n');

function arrange(app: TestApp, name = 'Amara Osei') {
  app.call('sample.load', {});
  const person = app.call('people.list', {}).find((p) => p.name === name)!;
  const prep = app.call('oneOnOnes.prep', { personId: person.id });
  return { person, prep };
}

const openPrep = async (page: Page, personId: string) => {
  await page.goto(`http://cairn.localhost/index.html#/one-on-ones/person/${personId}`);
  await expect(page.getByRole('heading', { level: 1, name: /^Prep: / })).toBeVisible();
};

/** The element is in the first 800 px of the page, without scrolling. */
async function expectAboveFold(locator: Locator, what: string) {
  await expect(locator, what).toBeVisible();
  const box = await locator.boundingBox();
  expect(box, what).not.toBeNull();
  expect(box!.y + box!.height, `${what} ends above the fold`).toBeLessThanOrEqual(800);
}

const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el === document.body ? 'BODY' : `${el?.tagName}:${el?.getAttribute('aria-label') ?? el?.textContent}`;
  });

test('at 1280×800 the top of the prep view answers what this conversation needs', async ({ page, app }) => {
  const { person, prep } = arrange(app);
  // A long note from last time, and more topics than the sample has.
  app.call('oneOnOnes.saveNotes', { meetingId: prep.lastMeeting!.id, sharedNotes: LONG_NOTES });
  app.call('oneOnOnes.queue', { personId: person.id, text: 'Budget for the conference trip' });
  app.call('oneOnOnes.queue', { personId: person.id, text: 'Who covers on-call in January' });
  await openPrep(page, person.id);

  const last = page.getByRole('region', { name: 'Last time' });
  const open = page.getByRole('region', { name: 'Open items' });
  const glance = page.getByRole('region', { name: 'At a glance' });
  const goals = page.getByRole('region', { name: 'Stretch goals' });
  const gaps = page.getByRole('region', { name: 'Latest assessment' });
  await expectAboveFold(page.getByRole('link', { name: 'Open next 1:1' }), 'the primary action');
  await expectAboveFold(last.getByText('Point 1 from last time'), 'the last notes excerpt');
  await expectAboveFold(last.getByRole('button', { name: 'Show all notes' }), 'the way to the whole note');
  await expectAboveFold(open.getByRole('button', { name: 'Done' }), 'triage');
  await expectAboveFold(open.getByRole('checkbox', { name: /Who covers on-call in January/ }), 'the last open item');
  await expectAboveFold(glance.getByText('Career conversation'), 'days since the career conversation');
  await expectAboveFold(glance.getByRole('img', { name: /^Mood out of 5, oldest to newest: / }), 'the mood sparkline');
  await expectAboveFold(goals.getByRole('button', { name: /^Mark achieved: / }), 'mark achieved');
  await expectAboveFold(goals.getByRole('button', { name: /^Check in on / }), 'check in');
  await expectAboveFold(gaps.getByRole('list', { name: 'Gaps' }), 'the latest assessment’s gaps');

  // Each open item once: the carried-over action is not listed a second time.
  await expect(open.getByRole('checkbox', { name: /Send the abstract to Jonah/ })).toHaveCount(1);
  await expect(open.getByText('Amara’s action · carried from')).toBeVisible();
  // The sparkline's text alternative gives every dated value.
  const moods = prep.moodTrend.map((m) => String(m.mood));
  await expect(glance.getByRole('img', { name: /^Mood/ })).toHaveAttribute(
    'aria-label',
    new RegExp(`: ${moods.map((m) => `${m} on [^;]+`).join('; ')}$`),
  );
  await expectAccessible(page);

  // The excerpt opens in place and closes again.
  await expect(last.getByText('Point 12 from last time')).not.toBeInViewport();
  await last.getByRole('button', { name: 'Show all notes' }).click();
  await expect(last.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
  await expect(last.getByText('Point 12 from last time')).toBeVisible();
  await expect(page.getByRole('region', { name: /^Evidence, / })).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'All 1:1s' })).toHaveCount(1);

  app.call('settings.update', { theme: 'dark' });
  await page.reload();
  await expect(open.getByRole('button', { name: 'Done' })).toBeVisible();
  await expectAccessible(page);
});

test('several open items are settled at once from the keyboard: done, keep, drop', async ({ page, app }) => {
  const { person } = arrange(app);
  app.call('oneOnOnes.queue', { personId: person.id, text: 'Budget for the conference trip' });
  await openPrep(page, person.id);
  const open = page.getByRole('region', { name: 'Open items' });
  const box = (text: string | RegExp) => open.getByRole('checkbox', { name: text });
  const state = (text: string) =>
    app.db.prepare('SELECT state FROM oo_items WHERE text = ? AND person_id = ?').pluck().get(text, person.id);

  await expect(open.getByRole('button', { name: 'Done' })).toBeDisabled();
  await box(/Pairing with Tom/).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // the third: "Ask how the talk abstract landed"
  await expect(open.getByText('2 chosen')).toBeVisible();
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+Tab');
  await expect(open.getByRole('button', { name: 'Done' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(open.getByRole('status')).toHaveText('2 items marked done.');
  await expect(box(/Pairing with Tom/)).toHaveCount(0);
  await expect(box(/Ask how the talk abstract landed/)).toHaveCount(0);
  expect(state('Pairing with Tom')).toBe('done');
  expect(state('Ask how the talk abstract landed')).toBe('done');
  // Focus stays in the list, never on the page body.
  await expect(box(/Send the abstract to Jonah/)).toBeFocused();

  // Keep writes nothing: the item stays on the next agenda.
  await page.keyboard.press('Space');
  await page.keyboard.press('Shift+Tab');
  await expect(open.getByRole('button', { name: 'Keep' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(open.getByRole('status')).toHaveText('1 item kept for the next 1:1.');
  expect(state('Send the abstract to Jonah for a read')).toBe('open');
  expect(await focusedName(page)).not.toBe('BODY');

  // Choose all, then drop.
  await open.getByRole('checkbox', { name: 'Choose all' }).check();
  await open.getByRole('button', { name: 'Not needed' }).click();
  await expect(open.getByRole('status')).toHaveText('2 items marked not needed.');
  expect(state('Send the abstract to Jonah for a read')).toBe('dropped');
  expect(state('Budget for the conference trip')).toBe('dropped');
  await expect(open.getByText('Nothing open.')).toBeVisible();
  await expect(open.getByRole('heading', { name: 'Open items' })).toBeFocused();
  await expectAccessible(page);

  // The next 1:1 shows them settled, not lost.
  await page.getByRole('link', { name: 'Open next 1:1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^1:1 with / })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Pairing with Tom' })).toBeChecked();
});

test('a goal is checked in on and marked achieved from prep; a long silence on career gets a nudge', async ({
  page,
  app,
}) => {
  const { person } = arrange(app);
  const [goal] = app.call('goals.forPrep', { personId: person.id }).open;
  await openPrep(page, person.id);
  const goals = page.getByRole('region', { name: 'Stretch goals' });

  const checkIn = goals.getByRole('button', { name: `Check in on ${goal!.title}` });
  await checkIn.click();
  await expect(goals.getByLabel('Progress note')).toBeFocused();
  await page.keyboard.type('Reviewed his design doc together');
  await goals.getByRole('button', { name: 'Save check-in' }).click();
  await expect(goals.getByText(/Last check-in .*: Reviewed his design doc together/)).toBeVisible();
  await expect(checkIn).toBeFocused();
  expect(app.call('goals.list', { personId: person.id })[0]!.checkIns[0]!.note).toBe(
    'Reviewed his design doc together',
  );

  await goals.getByRole('button', { name: `Mark achieved: ${goal!.title}` }).click();
  await expect(goals.getByRole('status')).toHaveText(`“${goal!.title}” marked achieved.`);
  await expect(goals.getByText('No open goals.')).toBeVisible();
  await expect(goals.getByRole('heading', { name: 'Stretch goals' })).toBeFocused();
  expect(app.call('goals.list', { personId: person.id })[0]!.status).toBe('achieved');
  await expectAccessible(page);

  // Priya's 1:1s were never tagged "career": the brief says so and offers to tag the next one.
  const priya = app.call('people.list', {}).find((p) => p.name === 'Priya Raman')!;
  await openPrep(page, priya.id);
  const glance = page.getByRole('region', { name: 'At a glance' });
  await expect(glance.getByText('No career conversation yet.')).toBeVisible();
  await glance.getByRole('button', { name: 'Tag next 1:1 “career”' }).click();
  await expect(glance.getByText('The next 1:1 is tagged “career”.')).toBeVisible();
  expect(app.call('oneOnOnes.prep', { personId: priya.id }).upcoming!.tags).toContain('career');
  expect(await focusedName(page)).not.toBe('BODY');
  app.call('settings.update', { theme: 'dark' });
  await page.reload();
  await expect(glance).toBeVisible();
  await expectAccessible(page);
});

test('the series form opened from More takes focus, and Cancel hands it to the next 1:1, never to the page', async ({
  page,
  app,
}) => {
  const { person } = arrange(app);
  await openPrep(page, person.id);
  await page.getByRole('button', { name: 'More' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Edit series' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Edit the 1:1 series' })).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Edit the 1:1 series' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Open next 1:1' })).toBeFocused();
});

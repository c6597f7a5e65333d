import { emptyPersonFields } from '#shared/people/model';
import type { TestApp } from '../support/testApp';
import { expect, expectAccessible, test } from './fixtures';
import { addTopicForNextTime } from './palette';
import { addItem, weeklySeries } from '../support/oneOnOnes';

/** Wednesday 4 March 2026: the week runs Monday 2 to Sunday 8 March. */
const NOW = new Date('2026-03-04T09:00:00Z');

function arrangeWeek(app: TestApp) {
  app.setNow(NOW);
  const ada = app.call('people.create', { ...emptyPersonFields, name: 'Ada Lovelace', timeZone: 'Europe/London' });
  weeklySeries(app, ada.id, { firstDate: '2026-03-05' });
  const meeting = app.call('oneOnOnes.prep', { personId: ada.id }).upcoming!;
  addItem(app, meeting.id, 'agenda', 'them', 'On-call load');
  addItem(app, meeting.id, 'action', 'me', 'Send the RFC feedback', '2026-03-02');
  return { ada, meeting };
}

test('Cairn opens on Home: an empty store offers the first-run choices', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Home', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: 'No people yet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load sample team' })).toBeVisible();
  await expectAccessible(page);
});

test("a manager sees this week's 1:1s with their prep and an overdue action, and follows a link to the prep view", async ({
  page,
  app,
}) => {
  const { meeting } = arrangeWeek(app);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  const week = page.getByRole('region', { name: 'My week of 1:1s' });
  await expect(week).toContainText('Ada Lovelace');
  await expect(week).toContainText('1 topic from them');
  await expect(week).not.toContainText('0 from me');
  await expect(week).toContainText('No notes yet');
  const overdue = page.getByRole('region', { name: 'Overdue actions' });
  await expect(overdue).toContainText('Send the RFC feedback');
  await expect(overdue).toContainText('2 days overdue');
  await expect(overdue.getByRole('link', { name: /^Meeting with Ada Lovelace/ })).toHaveAttribute(
    'href',
    `#/one-on-ones/meeting/${meeting.id}`,
  );
  await expectAccessible(page);

  await week.getByRole('link', { name: 'Ada Lovelace, prep' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Prep: Ada Lovelace' })).toBeFocused();
  await expect(page.getByText('Send the RFC feedback')).toBeVisible();
});

test('the palette, by keyboard alone: finds a person and a note, runs an action, and Escape hands focus back', async ({
  page,
  app,
}) => {
  const { ada, meeting } = arrangeWeek(app);
  app.call('oneOnOnes.saveNotes', { meetingId: meeting.id, sharedNotes: 'We sketched the compiler roadmap together.' });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();

  const dialog = page.getByRole('dialog', { name: 'Command palette' });
  const box = dialog.getByRole('combobox');
  await page.keyboard.press('Control+K');
  await expect(box).toBeFocused();
  await page.keyboard.type('lovelace');
  await expect(dialog.getByRole('option', { name: /^Ada Lovelace/ })).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute(
    'aria-activedescendant',
    (await dialog.getByRole('option', { name: /^Ada Lovelace/ }).getAttribute('id')) ?? '',
  );
  await expectAccessible(page);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeFocused();

  // A note: the words of the notes, then the arrow keys down to it.
  await page.keyboard.press('Control+K');
  await page.keyboard.type('compiler roadmap');
  const note = dialog.getByRole('option', { name: /^Ada Lovelace · Thu, Mar 5(, 2026)?/ });
  await expect(note).toBeVisible();
  await expect(dialog.getByRole('group', { name: '1:1 notes' })).toContainText('compiler');
  while ((await note.getAttribute('aria-selected')) !== 'true') await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '1:1 with Ada Lovelace' })).toBeFocused();

  // An action: a topic for next time with Ada, through the "next time" dialog.
  await addTopicForNextTime(page, 'ada', 'Ada Lovelace', 'Conference budget');
  await expect(page.getByText('Added to your next 1:1 with Ada Lovelace.')).toBeVisible();
  expect(
    app
      .call('oneOnOnes.prep', { personId: ada.id })
      .openItems.filter((i) => i.queued)
      .map((i) => i.text),
  ).toEqual(['Conference budget']);

  // Escape closes and returns focus to where it was; punctuation never errors.
  const sidebarButton = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Search…' });
  await sidebarButton.click();
  await expect(box).toBeFocused();
  for (const text of ['1:1', 'C++', '"', '*']) {
    await box.fill(text);
    await expect(dialog.getByRole('status')).toHaveText(/results?$/);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(sidebarButton).toBeFocused();
});

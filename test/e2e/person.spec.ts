import { emptyPersonFields } from '#shared/people/model';
import { expect, expectAccessible, test } from './fixtures';
import { addItem } from '../support/oneOnOnes';

// The person page leads with the person: who they are on the ladder, the next 1:1 as the one
// primary action, last 1:1 and mood, and flags; sections in order of use; the rest in More.
test('the person page leads with the person and opens the next 1:1 in one step', async ({ page, app }) => {
  app.call('sample.load', {});
  const people = app.call('people.list', {});
  const tomas = people.find((p) => p.name === 'Tomás Ruiz')!;
  const upcoming = app.call('oneOnOnes.prep', { personId: tomas.id }).upcoming!;
  // An action of Tom's past its due date, so the header has a flag to show.
  addItem(app, upcoming.id, 'action', 'them', 'Send the receipts rollout note', '2020-01-06');
  await page.goto(`http://cairn.localhost/index.html#/people/${tomas.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Tomás Ruiz' })).toBeVisible();

  const header = page.locator('.page-header');
  const header0 = app.call('home.personHeader', { personId: tomas.id });
  expect(header0.ladder?.levelName).toBeTruthy();
  await expect(header).toContainText(`${header0.ladder!.levelName!} on ${header0.ladder!.name}`);
  await expect(header).toContainText('goes by Tom');
  const glance = page.getByRole('region', { name: 'Tom at a glance' });
  await expect(glance.getByText('Next 1:1')).toBeVisible();
  await expect(glance.getByText('Tom’s mood')).toBeVisible();
  await expect(glance.getByRole('list', { name: 'Needs attention' })).toContainText('1 overdue action');

  // Sections in order of use, the profile last.
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
  const at = (name: string | RegExp) =>
    headings.findIndex((h) => (typeof name === 'string' ? h === name : name.test(h)));
  expect(at('1:1s')).toBeGreaterThanOrEqual(0);
  expect(at('1:1s')).toBeLessThan(at('Stretch goals'));
  expect(at('Stretch goals')).toBeLessThan(at(/^Assessments/));
  expect(at(/^Assessments/)).toBeLessThan(at(/^Evidence/));
  expect(at(/^Evidence/)).toBeLessThan(at('Mentoring'));
  expect(at('Mentoring')).toBeLessThan(at('Profile'));
  expect(at('Profile')).toBe(headings.length - 1);

  // One primary action; Edit and Erase wait in More.
  await expect(header.locator('.button--primary')).toHaveCount(1);
  await expect(header.getByRole('link', { name: 'Edit' })).toHaveCount(0);
  await header.getByRole('button', { name: 'More' }).click();
  await expect(page.getByRole('menuitem', { name: 'Edit profile' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Erase…' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(header.getByRole('button', { name: 'More' })).toBeFocused();
  await expectAccessible(page);

  const open = header.getByRole('link', { name: 'Open next 1:1' });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '1:1 with Tomás Ruiz' })).toBeVisible();
  expect(page.url()).toContain(`/one-on-ones/meeting/${upcoming.id}`);

  app.call('settings.update', { theme: 'dark' });
  await page.goto(`http://cairn.localhost/index.html#/people/${tomas.id}`);
  await expect(glance).toBeVisible();
  await expectAccessible(page);
});

test('someone with no 1:1s yet: the primary action sets them up, and nothing is flagged', async ({ page, app }) => {
  const ada = app.call('people.create', { ...emptyPersonFields, name: 'Ada Lovelace', title: 'Engineer' });
  await page.goto(`http://cairn.localhost/index.html#/people/${ada.id}`);
  await expect(page.getByRole('region', { name: 'Ada at a glance' })).toContainText('No series yet');
  await expect(page.getByText('Nothing overdue or stale.')).toBeVisible();
  await page.locator('.page-header').getByRole('link', { name: 'Set up 1:1s' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Prep: Ada Lovelace' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Set up 1:1s with Ada Lovelace' })).toBeVisible();
});

import { emptyPersonFields } from '#shared/people/model';
import { expect, expectAccessible, openSection, test } from './fixtures';

test('a new user loads the sample team on first run, looks around, and removes it in one step', async ({
  page,
  app,
}) => {
  // Visits every screen of the app and runs axe on each: the longest walk in the suite.
  test.setTimeout(120_000);
  await expect(page.getByRole('heading', { name: 'No people yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Load sample team' }).click();

  // Marked as sample wherever people are listed, never silently mixed in: Home, where Cairn opens, then People.
  const banner = page.getByRole('region', { name: 'Sample team' });
  await expect(banner).toContainText('These people are made up');
  await expect(page.getByRole('region', { name: 'My week of 1:1s' })).toBeVisible();
  await expectAccessible(page);
  await openSection(page, 'People');
  await expect(banner).toContainText('These people are made up');
  const table = page.getByRole('table');
  await expect(table.getByRole('link', { name: 'Amara Osei' })).toBeVisible();
  await expect(table.getByRole('link', { name: 'Yuki Tanaka' })).toBeVisible();
  await expectAccessible(page);

  await table.getByRole('link', { name: 'Amara Osei' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Amara Osei' })).toBeVisible();
  await expect(page.getByText('Senior Software Engineer')).toBeVisible();
  // Growth: her goal on the person page, and an assessment to open.
  await expect(page.getByText('Mentor one engineer through a design review')).toBeVisible();
  await expectAccessible(page);

  await openSection(page, 'Teams');
  await expect(page.getByText('Checkout', { exact: true })).toBeVisible();
  await expect(page.getByText('Platform', { exact: true })).toBeVisible();
  await expectAccessible(page);

  await openSection(page, 'Ladders');
  await page.getByRole('link', { name: 'Software engineering (Cairn starter)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Software engineering (Cairn starter)' })).toBeVisible();
  await expectAccessible(page);

  await openSection(page, '1:1s');
  await expect(page.getByRole('main').getByText('Amara Osei').first()).toBeVisible();
  await expectAccessible(page);

  await openSection(page, 'Interviews');
  await expect(page.getByRole('main').getByText('Senior Software Engineer, Checkout').first()).toBeVisible();
  await expectAccessible(page);

  await openSection(page, 'Mentoring');
  await expect(page.getByRole('main').getByText('Lena Novak').first()).toBeVisible();
  await expectAccessible(page);

  await openSection(page, 'Settings');
  const panel = page.getByRole('region', { name: 'Sample team' });
  await expect(panel.getByRole('button', { name: 'Remove sample team' })).toBeVisible();
  await expectAccessible(page);

  // Removal from the People screen: confirmed first, then everything it loaded is gone.
  await openSection(page, 'People');
  await page.getByRole('region', { name: 'Sample team' }).getByRole('button', { name: 'Remove sample team' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove the sample team?' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Remove sample team' }).click();
  await expect(page.getByRole('heading', { name: 'No people yet' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sample team' })).toHaveCount(0);
  await expectAccessible(page);
  expect(app.call('people.list', { status: 'all' })).toEqual([]);
  expect(app.call('teams.list', {})).toEqual([]);
  expect(app.call('ladders.list', {})).toEqual([]);
  expect(app.call('interviews.listRoles', {})).toEqual([]);
});

test('Settings offers the sample team only while Cairn is empty, and says why otherwise', async ({ page, app }) => {
  await openSection(page, 'Settings');
  const panel = page.getByRole('region', { name: 'Sample team' });
  await panel.getByRole('button', { name: 'Load sample team' }).click();
  await expect(panel.getByRole('button', { name: 'Remove sample team' })).toBeVisible();
  await panel.getByRole('button', { name: 'Remove sample team' }).click();
  await page
    .getByRole('dialog', { name: 'Remove the sample team?' })
    .getByRole('button', { name: 'Remove sample team' })
    .click();
  await expect(panel.getByRole('button', { name: 'Load sample team' })).toBeVisible();

  app.call('people.create', { ...emptyPersonFields, name: 'Real Person' });
  await page.reload();
  await openSection(page, 'Settings');
  await expect(panel).toContainText('loads only into an empty Cairn');
  await expect(panel.getByRole('button', { name: 'Load sample team' })).toHaveCount(0);
  await expectAccessible(page);
});

import { emptyPersonFields } from '#shared/people/model';
import { expect, expectAccessible, openSection, test } from './fixtures';
import { expectOnePrimaryAction } from './hierarchy';

test('teams are created, refused when duplicated, renamed and deleted without losing members', async ({
  page,
  app,
}) => {
  await openSection(page, 'Teams');
  await expect(page.getByRole('heading', { name: 'No teams yet' })).toBeVisible();
  await expectOnePrimaryAction(page, 'New team…');
  await page.getByRole('button', { name: 'New team…' }).click();
  const newTeam = page.getByRole('form', { name: 'Add team' });
  await newTeam.getByLabel('Team name (required)').fill('Platform');
  await newTeam.getByRole('button', { name: 'Add team' }).click();
  await expect(page.getByRole('heading', { name: 'Platform' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByRole('button', { name: 'New team…' }).first().click();
  await newTeam.getByLabel('Team name (required)').fill('platform');
  await newTeam.getByRole('button', { name: 'Add team' }).click();
  await expect(newTeam.getByText('a team called "platform" already exists.')).toBeVisible();
  expect(app.call('teams.list', {})).toHaveLength(1);
  await newTeam.getByRole('button', { name: 'Cancel' }).click();

  const [team] = app.call('teams.list', {});
  app.call('people.create', { ...emptyPersonFields, name: 'Ada', teamId: team!.id });
  await page.getByRole('button', { name: 'Actions for Platform' }).click();
  await page.getByRole('menuitem', { name: 'Edit…' }).click();
  const edit = page.getByRole('form', { name: 'Save team' });
  await edit.getByLabel('Team name (required)').fill('Core platform');
  await edit.getByRole('button', { name: 'Save team' }).click();
  await expect(page.getByRole('heading', { name: 'Core platform' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Actions for Core platform' }).click();
  await page.getByRole('menuitem', { name: 'Delete…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Its 1 active member stays in Cairn');
  await dialog.getByRole('button', { name: 'Delete team' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('1 person now has no team');
  expect(app.call('people.list', {})[0]?.teamId).toBeNull();
});

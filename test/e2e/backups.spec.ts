import { emptyPersonFields } from '#shared/people/model';
import { damageAfterFirstPage, damagePages, pagesOf } from '../support/damage';
import { createTestApp } from '../support/testApp';
import { expect, expectAccessible, openSection, test } from './fixtures';

test('a backup is made from settings, previewed, and restored over later changes', async ({ page, app }) => {
  app.call('people.create', { ...emptyPersonFields, name: 'Kept Person' });
  await openSection(page, 'Settings');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('alertdialog')).toHaveText('Backup written and checked.');
  await expect(page.getByRole('cell', { name: 'Made by you' })).toBeVisible();
  await page.getByLabel('Automatic backups').selectOption('weekly');
  await expectAccessible(page);
  expect(app.call('settings.get', {}).backupSchedule).toBe('weekly');

  app.call('people.create', { ...emptyPersonFields, name: 'Added Later' });
  await page.getByRole('button', { name: /^Restore the backup from/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog.getByRole('list', { name: 'What the backup holds' })).toContainText('1 person');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();

  await openSection(page, 'People');
  await expect(page.getByRole('link', { name: 'Kept Person' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Added Later' })).toHaveCount(0);
  await openSection(page, 'Settings');
  await expect(page.getByRole('cell', { name: 'Before a restore' })).toBeVisible();
});

test('a damaged data file is set aside at start and a backup is offered', async ({ page, app }) => {
  app.call('people.create', { ...emptyPersonFields, name: 'Safe In Backup' });
  app.call('backups.create', {});
  for (let i = 0; i < 150; i++) app.call('people.create', { ...emptyPersonFields, name: `Filler ${i}` });
  app.call('settings.update', { theme: 'dark' });
  app.session.close();
  damageAfterFirstPage(app.dataFile);
  app.restart();
  await page.reload();

  await expect(page.getByRole('heading', { name: 'Your data file is damaged' })).toBeVisible();
  await expect(page.getByText('the damaged file was moved to')).toBeVisible();
  // Drawn in the chosen theme, and checked by axe in it.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectAccessible(page);
  await page.getByRole('button', { name: /^Restore the backup from/ }).click();
  await expect(page.getByRole('dialog')).toContainText('It replaces the damaged file, which stays set aside.');
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await openSection(page, 'People');
  await expect(page.getByRole('link', { name: 'Safe In Backup' })).toBeVisible();
});

test.describe('a large store, checked in the background while the window loads', () => {
  // Every existing store takes the path a decade of data takes.
  test.use({ appOptions: { backgroundCheckFrom: 0 } });

  test('damage found after the window has opened brings up the damaged-file screen', async ({ page, app }) => {
    app.call('people.create', { ...emptyPersonFields, name: 'Safe In Backup' });
    app.call('backups.create', {});
    for (let i = 0; i < 150; i++) app.call('people.create', { ...emptyPersonFields, name: `Filler ${i}` });
    const pages = pagesOf(app.db, 'people');
    app.session.close();
    damagePages(app.dataFile, pages); // the schema still reads: the store opens, the check fails
    app.restart();
    expect(app.session.checkState).toBe('pending');
    await page.reload();

    await expect(page.getByRole('heading', { name: 'Your data file is damaged' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: /^Restore the backup from/ }).click();
    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await openSection(page, 'People');
    await expect(page.getByRole('link', { name: 'Safe In Backup' })).toBeVisible();
  });

  test('a healthy store opens as usual and a person added from the form is saved', async ({ page, app }) => {
    for (let i = 0; i < 150; i++) app.call('people.create', { ...emptyPersonFields, name: `Filler ${i}` });
    app.restart();
    expect(app.session.checkState).toBe('pending');
    await page.reload();
    // Home, where Cairn opens, is read while the check runs; then the people list.
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
    await openSection(page, 'People');
    await expect(page.getByRole('link', { name: 'Filler 0' })).toBeVisible();
    await page.getByRole('link', { name: 'Add person' }).click();
    await page.getByLabel('Name (required)').fill('Typed During The Check');
    await page.getByRole('button', { name: 'Add person' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Typed During The Check' })).toBeVisible();
    expect(app.session.checkState).toBe('passed');
  });
});

test('everything is exported, and the export is imported into an empty Cairn after a preview', async ({
  page,
  app,
}) => {
  const team = app.call('teams.create', { name: 'Exported Team', description: '' });
  app.call('people.create', { ...emptyPersonFields, name: 'Exported Person', teamId: team.id });
  const source = app.call('data.exportAll', {}).json;
  await openSection(page, 'Settings');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export everything' }).click();
  expect((await download).suggestedFilename()).toMatch(/^cairn-export-\d{4}-\d{2}-\d{2}\.json$/);

  // Into this (non-empty) Cairn the import is refused with the reason as the file is read,
  // before anything offers to import it.
  await page
    .getByLabel('Import an export (into an empty Cairn)')
    .setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(source) });
  await expect(page.getByRole('main').getByRole('alert')).toContainText('restores into an empty Cairn only');
  await expect(page.getByRole('button', { name: 'Import all of it' })).toHaveCount(0);

  // A broken file is refused before any preview.
  await page.getByLabel('Import an export (into an empty Cairn)').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "cairn-export"'),
  });
  await expect(page.getByRole('main').getByRole('alert')).toContainText('not valid JSON');
  await expectAccessible(page);
});

test('an export from another machine is previewed and imported into an empty Cairn', async ({ page }) => {
  const other = createTestApp();
  other.call('people.create', { ...emptyPersonFields, name: 'Moved Over' });
  const json = other.call('data.exportAll', {}).json;
  other.close();

  await openSection(page, 'Settings');
  await page
    .getByLabel('Import an export (into an empty Cairn)')
    .setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(page.getByRole('list', { name: 'What the import holds' })).toContainText('1 person');
  await page.getByRole('button', { name: 'Import all of it' }).click();
  await openSection(page, 'People');
  await expect(page.getByRole('link', { name: 'Moved Over' })).toBeVisible();
});

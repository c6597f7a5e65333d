import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, openSection, test } from './fixtures';

const CANARY = 'Okapi Canary 5521';

/** Every file under the data folder whose raw bytes contain `text`. */
function filesContaining(dir: string, text: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => readFileSync(path).includes(text));
}

test('what is typed in the window is unreadable in every file on disk, and back after reopening', async ({
  page,
  app,
}) => {
  await page.getByRole('link', { name: 'Add your first person' }).click();
  await page.getByLabel('Name (required)').fill(CANARY);
  await page.getByLabel('Role or title').fill(`${CANARY} role`);
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: CANARY })).toBeVisible();
  await openSection(page, 'Settings');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('alertdialog')).toHaveText('Backup written and checked.');

  const written = readdirSync(app.dir, { recursive: true }).map(String);
  expect(written).toEqual(expect.arrayContaining(['cairn.sqlite', 'cairn.sqlite-wal', 'cairn.key.json']));
  expect(written.some((f) => f.startsWith('backups') && f.endsWith('.sqlite'))).toBe(true);
  expect(filesContaining(app.dir, CANARY)).toEqual([]);

  app.restart();
  await page.reload();
  await openSection(page, 'People');
  await expect(page.getByRole('link', { name: CANARY })).toBeVisible();
});

import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../e2e/fixtures';
import { newFolder } from '../support/dataFolders';
import { createTestApp, type TestApp } from '../support/testApp';
import { shoot } from './camera';
import { findSampleRecords } from './sampleRecords';
import { screenShots } from './shots';

/**
 * `npm run screenshots`: every screen and dialog, in each project of
 * playwright.gallery.config.ts (light and dark, 1024×700 and 1440×900), through the same
 * harness as the end-to-end suite. Not part of `npm test`; test/e2e/gallery.spec.ts proves it runs.
 */

/** Shown on screen as "today": fixed so pictures from two runs can be compared. */
const now = new Date(process.env.GALLERY_NOW ?? '2026-12-03T09:30:00Z');

async function go(page: import('@playwright/test').Page, path: string): Promise<void> {
  await page.evaluate((hash) => (window.location.hash = hash), path);
}

async function fixClock(page: import('@playwright/test').Page): Promise<void> {
  await page.clock.setFixedTime(now);
  await page.reload();
}

test.describe('with the sample team', () => {
  test.use({ appOptions: { now } });

  for (const shot of screenShots) {
    test(shot.name, async ({ page, app }, info) => {
      app.call('sample.load', {});
      await fixClock(page);
      await go(page, shot.path(findSampleRecords(app)));
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      if (shot.open) await shot.open(page);
      await shoot(page, shot.name, info.project.name);
    });
  }
});

test.describe('first run', () => {
  test.use({ appOptions: { now, showRecoveryKey: true } });

  test('first-run-recovery-key', async ({ page }, info) => {
    await fixClock(page);
    await expect(page.getByRole('heading', { name: 'Store your recovery key' })).toBeVisible();
    await shoot(page, 'first-run-recovery-key', info.project.name);
  });

  test('first-run-recovery-key-copied', async ({ page }, info) => {
    await fixClock(page);
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect(page.getByRole('status')).toHaveText(/^Copied/);
    await shoot(page, 'first-run-recovery-key-copied', info.project.name);
  });

  test('first-run-home', async ({ page, app }, info) => {
    app.call('vault.recoveryKeyStored', {});
    await fixClock(page);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await shoot(page, 'first-run-home', info.project.name);
  });

  // Lists before anything is in them: what their empty state tells a new manager to do.
  for (const list of ['people', 'teams', 'one-on-ones', 'ladders']) {
    test(`first-run-${list}`, async ({ page, app }, info) => {
      app.call('vault.recoveryKeyStored', {});
      await fixClock(page);
      await go(page, `/${list}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await shoot(page, `first-run-${list}`, info.project.name);
    });
  }
});

test.describe('without a system key store', () => {
  test.use({ appOptions: { now, osKeyStore: 'unavailable' } });

  test('first-run-passphrase', async ({ page }, info) => {
    await fixClock(page);
    await expect(page.getByRole('heading', { name: 'Protect your data with a passphrase' })).toBeVisible();
    await shoot(page, 'first-run-passphrase', info.project.name);
  });

  test('unlock', async ({ page, app }, info) => {
    await page.getByLabel('New passphrase').fill('quiet meadow ledger');
    await page.getByLabel('Repeat the passphrase').fill('quiet meadow ledger');
    await page.getByRole('button', { name: 'Encrypt and continue' }).click();
    await expect(page.getByRole('heading', { name: 'Store your recovery key' })).toBeVisible();
    app.restart();
    await fixClock(page);
    await expect(page.getByRole('heading', { name: 'Unlock Cairn' })).toBeVisible();
    await shoot(page, 'unlock', info.project.name);
    await page.getByRole('button', { name: 'I forgot it: use the recovery key' }).click();
    await page.getByRole('button', { name: 'Back to passphrase' }).waitFor();
    await shoot(page, 'unlock-recovery', info.project.name);
  });
});

test.describe('importing an export', () => {
  test.use({ appOptions: { now } });

  // An export of the sample team, made on another machine, chosen in Settings of an empty Cairn: the preview.
  test('settings-import-preview', async ({ page }, info) => {
    const other = createTestApp({ now });
    other.call('sample.load', {});
    const folder = newFolder('cairn-gallery-export-');
    const file = join(folder, 'cairn-export.json');
    writeFileSync(file, other.call('data.exportAll', {}).json);
    other.close();
    await fixClock(page);
    await go(page, '/settings');
    await page.getByLabel('Import an export (into an empty Cairn)').setInputFiles(file);
    await page.getByText('It holds:').waitFor();
    await page.getByText('It holds:').scrollIntoViewIfNeeded();
    await shoot(page, 'settings-import-preview', info.project.name);
    rmSync(folder, { recursive: true, force: true });
  });
});

test.describe('moving the data folder', () => {
  test.use({ appOptions: { now } });
  // The system folder picker is Electron's; the harness's stand-in gives a fresh folder.
  const pickAndOpenSettings = async (page: import('@playwright/test').Page, app: TestApp) => {
    app.call('sample.load', {});
    app.pickFolder.next = newFolder('cairn-gallery-move-');
    await fixClock(page);
    await go(page, '/settings');
    await page.getByRole('button', { name: 'Move data…' }).click();
    return app.pickFolder.next;
  };

  test('settings-move-dialog', async ({ page, app }, info) => {
    const folder = await pickAndOpenSettings(page, app);
    await page.getByRole('dialog', { name: 'Move your data?' }).waitFor();
    await shoot(page, 'settings-move-dialog', info.project.name);
    rmSync(folder, { recursive: true, force: true });
  });

  test('settings-moved', async ({ page, app }, info) => {
    const folder = await pickAndOpenSettings(page, app);
    await page.getByRole('button', { name: 'Move at next start' }).click();
    await page.getByText('the next time Cairn starts').scrollIntoViewIfNeeded();
    await shoot(page, 'settings-move-pending', info.project.name);
    app.restart();
    await page.reload();
    await page.getByText('The old copy is still in').scrollIntoViewIfNeeded();
    await shoot(page, 'settings-moved', info.project.name);
    await page.getByRole('button', { name: 'Remove the old copy…' }).click();
    await page.getByRole('dialog', { name: 'Remove the old copy?' }).waitFor();
    await shoot(page, 'settings-moved-remove-dialog', info.project.name);
    rmSync(folder, { recursive: true, force: true });
  });
});

import { readFileSync } from 'node:fs';
import { expect, expectAccessible, test } from './fixtures';
import { tabTo } from './keyboard';

test.describe('first run with an OS key store', () => {
  test.use({ appOptions: { showRecoveryKey: true } });

  test('shows the recovery key once, then the app', async ({ page }) => {
    await expect(page.getByRole('heading', { name: 'Store your recovery key' })).toBeVisible();
    const key = await page.getByLabel('Recovery key', { exact: true }).textContent();
    expect(key).toMatch(/^([A-Z2-7]{4}-){13}[A-Z2-7]{3}$/);
    await expectAccessible(page);
    const next = page.getByRole('button', { name: 'Continue to Cairn' });
    await expect(next).toBeDisabled();
    await page.getByLabel('I have stored my recovery key somewhere safe').check();
    await next.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
    await expect(page.getByText('Store your recovery key')).toHaveCount(0);
  });

  test('copies the key by keyboard, says so, takes it off the clipboard a minute later; prints only the key', async ({
    page,
    app,
  }) => {
    const key = await page.getByLabel('Recovery key', { exact: true }).textContent();
    const copy = page.getByRole('button', { name: 'Copy', exact: true });
    // Said before the copy, in the status region that then says it was done (announced as it changes).
    await expect(page.getByRole('status')).toHaveText(
      'Copy keeps the key on the clipboard for 1 minute, then Cairn clears it.',
    );
    expect(app.clipboard.text).toBe('');
    await tabTo(page, copy);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText(
      'Copied. Paste it now: Cairn clears it from the clipboard in 1 minute.',
    );
    await expect(copy).toBeFocused();
    // The main process wrote the system clipboard (TestApp's stands in for the OS one).
    expect(app.clipboard.text).toBe(key);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expectAccessible(page);
    }
    // A minute on, the key is still there, so it goes.
    for (const task of app.clipboard.later.splice(0)) task();
    await expect.poll(() => app.clipboard.text).toBe('');

    // Whatever the user copied since is theirs: it stays.
    await copy.click();
    await expect.poll(() => app.clipboard.text).toBe(key);
    app.clipboard.text = 'notes for Friday';
    for (const task of app.clipboard.later.splice(0)) task();
    await expect.poll(() => app.clipboard.text).toBe('notes for Friday');

    // On paper: the title and the key, none of the buttons.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { name: 'Store your recovery key' })).toBeVisible();
    await expect(page.getByLabel('Recovery key', { exact: true })).toHaveText(key!);
    await expect(page.getByRole('button', { name: 'Print…' })).toBeHidden();
    await expect(copy).toBeHidden();
    await expect(page.getByRole('button', { name: 'Continue to Cairn' })).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    // Once stored, the key is not shown again, and nothing can copy it any more.
    await page.getByLabel('I have stored my recovery key somewhere safe').check();
    await page.getByRole('button', { name: 'Continue to Cairn' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
    const refused = await app.session.request('vault.copyRecoveryKey', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

test.describe('without an OS key store', () => {
  test.use({ appOptions: { osKeyStore: 'unavailable' } });

  test('sets a passphrase, unlocks with it after a restart, and refuses a wrong one', async ({ page, app }) => {
    await expect(page.getByRole('heading', { name: 'Protect your data with a passphrase' })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('New passphrase').fill('quiet meadow ledger');
    await page.getByLabel('Repeat the passphrase').fill('quiet meadow ledgr');
    await expect(page.getByText('The two passphrases differ')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Encrypt and continue' })).toBeDisabled();
    await page.getByLabel('Repeat the passphrase').fill('quiet meadow ledger');
    await page.getByRole('button', { name: 'Encrypt and continue' }).click();

    await expect(page.getByRole('heading', { name: 'Store your recovery key' })).toBeVisible();
    const recoveryKey = (await page.getByLabel('Recovery key', { exact: true }).textContent()) ?? '';
    await page.getByLabel('I have stored my recovery key somewhere safe').check();
    await page.getByRole('button', { name: 'Continue to Cairn' }).click();

    // A note typed through the UI, then a restart.
    await page.getByRole('link', { name: 'Add your first person' }).click();
    await page.getByLabel('Name (required)').fill('Zebra Canary 4412');
    await page.getByRole('button', { name: 'Add person' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Zebra Canary 4412' })).toBeVisible();
    app.call('settings.update', { theme: 'dark' });
    app.restart();
    expect(readFileSync(app.dataFile).includes('Zebra Canary 4412')).toBe(false);
    await page.reload();

    await expect(page.getByRole('heading', { name: 'Unlock Cairn' })).toBeVisible();
    // The lock screen follows the chosen theme: settings are readable before the data is.
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectAccessible(page);
    await page.getByLabel('Passphrase').fill('quiet meadow');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByText('That passphrase does not open this data.')).toBeVisible();
    await page.getByLabel('Passphrase').fill('quiet meadow ledger');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Zebra Canary 4412' })).toBeVisible();

    // Forgotten passphrase: the recovery key opens it and sets a new one.
    app.restart();
    await page.reload();
    await page.getByRole('button', { name: 'I forgot it: use the recovery key' }).click();
    // Focus moves to the field the screen asks for, not to the page.
    await expect(page.getByLabel('Recovery key', { exact: true })).toBeFocused();
    await page.getByLabel('Recovery key', { exact: true }).fill(recoveryKey.toLowerCase());
    await page.getByLabel('New passphrase').fill('bright harbour words');
    await page.getByLabel('Repeat the passphrase').fill('bright harbour words');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Open my data' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Zebra Canary 4412' })).toBeVisible();
  });
});

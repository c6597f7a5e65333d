import { expect, expectAccessible, openSection, test } from './fixtures';

/**
 * My time zone is chosen from the same searchable list as a person's (no list of raw zone
 * ids), by keyboard alone; following the computer is the default and one key away.
 */
test('a manager sets their own time zone from the searchable list and goes back to the computer’s', async ({
  page,
  app,
}) => {
  await openSection(page, 'Settings');
  const follow = page.getByRole('checkbox', { name: /Follow this computer/ });
  await expect(follow).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Show times in' })).toHaveCount(0);
  expect(app.call('settings.get', {}).timeZone).toBeNull();

  await follow.focus();
  await page.keyboard.press('Space');
  await expect(follow).not.toBeChecked();
  const zone = page.getByRole('combobox', { name: 'Show times in' });
  await expect(zone).toBeVisible();
  await expectAccessible(page);

  // Typing a city and taking the first match by keyboard sets the zone; a half-typed name saves nothing.
  await zone.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Kolk');
  await expect(zone).toHaveValue('Kolk'); // the typing stays in the box while the list narrows
  expect(app.call('settings.get', {}).timeZone).not.toBe('Kolk');
  await expect(page.getByRole('option').first()).toHaveText(/Kolkata/);
  await expectAccessible(page);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect.poll(() => app.call('settings.get', {}).timeZone).toBe('Asia/Kolkata');
  await expect(zone).toBeFocused();

  await page.reload();
  await expect(page.getByRole('checkbox', { name: /Follow this computer/ })).not.toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Show times in' })).toHaveValue(/Kolkata/);

  await page.getByRole('checkbox', { name: /Follow this computer/ }).focus();
  await page.keyboard.press('Space');
  await expect.poll(() => app.call('settings.get', {}).timeZone).toBeNull();
  await expect(page.getByRole('combobox', { name: 'Show times in' })).toHaveCount(0);
});

test('Tab from the open list of zones closes it before focus moves on, so focus never lands behind the list', async ({
  page,
}) => {
  // The list hides the rest of the page from screen readers while it is open (see accessibilityViolations).
  await openSection(page, 'Settings');
  await page.getByRole('checkbox', { name: /Follow this computer/ }).uncheck();
  const zone = page.getByRole('combobox', { name: 'Show times in' });
  await zone.focus();
  await page.keyboard.type('Lond');
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await expect(zone).not.toBeFocused();
  const landing = await page.evaluate(() => {
    const focused = document.activeElement;
    return { tag: focused?.tagName ?? null, hidden: Boolean(focused?.closest('[aria-hidden="true"]')) };
  });
  expect(landing.tag).not.toBe('BODY');
  expect(landing.hidden).toBe(false);
  await expectAccessible(page);
});

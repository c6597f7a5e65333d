import { expect, expectAccessible, openSection, test } from './fixtures';

const sections = [
  { label: '1:1s', text: 'Add the people you manage first' },
  { label: 'Ladders', text: 'No ladders yet' },
  { label: 'Mentoring', text: 'Pair a mentor with a mentee' },
];

test('every section has a screen that says what it will hold, and passes axe', async ({ page }) => {
  for (const s of sections) {
    await openSection(page, s.label);
    await expect(page.getByText(s.text)).toBeVisible();
    await expect(page.getByRole('link', { name: s.label, exact: true })).toHaveAttribute('aria-current', 'page');
    await expectAccessible(page);
  }
  await openSection(page, 'Settings');
  await expectAccessible(page);
  await openSection(page, 'Teams');
  await expectAccessible(page);
});

test('the keyboard alone reaches the content and the sidebar, with focus visible', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  // The sidebar opens with the command palette's button, then the sections.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Search…' })).toBeFocused();
  await page.keyboard.press('Tab');
  const home = page.getByRole('link', { name: 'Home', exact: true });
  await expect(home).toBeFocused();
  const outline = await home.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  // Tab down to People and open it with Enter: the new screen's heading takes focus.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'People', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeFocused();
});

test('themes switch, persist across a restart, and pass axe in light and dark', async ({ page, app }) => {
  await openSection(page, 'Settings');
  await page.getByLabel('Dark').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectAccessible(page);
  app.restart();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await openSection(page, 'People');
  await expectAccessible(page);
  await openSection(page, 'Settings');
  await page.getByLabel('Light').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expectAccessible(page);
  await expect(page.getByText(app.dir, { exact: true })).toBeVisible();
});

test('the system theme follows the OS as it changes, and the first paint already has a theme', async ({ page }) => {
  // Recorded before any answer from the main process can arrive: main.tsx sets it synchronously.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { themeAtLoad?: string }).themeAtLoad = document.documentElement.dataset.theme ?? 'none';
    });
  });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { themeAtLoad?: string }).themeAtLoad)).toBe('dark');
  await openSection(page, 'Settings');
  await expect(page.getByRole('radio', { name: 'Match the system' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expectAccessible(page);

  // A chosen theme wins over the system's, and is there from the first paint after a reload.
  await page.getByLabel('Dark').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { themeAtLoad?: string }).themeAtLoad)).toBe('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the layout holds at the smallest supported window', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.getByRole('link', { name: 'Add your first person' }).click();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  await expect(page.getByRole('button', { name: 'Add person' })).toBeVisible();
});

import type { Locator } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { tabTo } from './keyboard';

/** How the focused title shows focus: its outline, and the bar drawn beside it (::before). */
function focusMarks(title: Locator) {
  return title.evaluate((el) => ({
    outline: getComputedStyle(el).outlineStyle,
    bar: getComputedStyle(el, '::before').content,
  }));
}

test('a screen title takes focus without looking like an input: nothing after a click, a bar with the keyboard', async ({
  page,
}) => {
  const nav = page.getByRole('navigation', { name: 'Main' });

  // By mouse: focus still lands on the title (screen readers start there), but nothing is drawn.
  await nav.getByRole('link', { name: 'Teams', exact: true }).click();
  const teams = page.getByRole('heading', { level: 1, name: 'Teams' });
  await expect(teams).toBeFocused();
  expect(await focusMarks(teams)).toEqual({ outline: 'none', bar: 'none' });

  // By keyboard: the title shows where focus is, with a bar in the margin rather than a box.
  await tabTo(page, nav.getByRole('link', { name: 'People', exact: true }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  const people = page.getByRole('heading', { level: 1, name: 'People' });
  await expect(people).toBeFocused();
  expect(await focusMarks(people)).toEqual({ outline: 'none', bar: '""' });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectAccessible(page);
  }
});

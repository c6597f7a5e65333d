import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Chooses a person in the people picker with this label, by keyboard alone: types the name
 * (the picker asks the store as it goes), waits for the person among the options, then arrows
 * down to them and presses Enter. The picker's input then shows the name.
 */
export async function choosePerson(scope: Page | Locator, label: string | RegExp, name: string): Promise<void> {
  const page = 'page' in scope ? scope.page() : scope;
  const box = scope.getByRole('combobox', { name: label });
  await box.focus();
  await box.fill(name);
  const list = page.getByRole('listbox');
  await expect(list.getByRole('option', { name }).first()).toBeVisible();
  const options = await list.getByRole('option').allTextContents();
  const at = options.findIndex((text) => text.startsWith(name));
  for (let i = 0; i <= at; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(box).toHaveValue(name);
}

import { emptyPersonFields, PEOPLE_PAGE } from '#shared/people/model';
import { expect, expectAccessible, openSection, test } from './fixtures';

const EVERYONE = 2000;
const nameOf = (i: number) => `Person ${String(i).padStart(4, '0')}`;

test('2 000 people come a page at a time; a long list renders only the rows in view, stays a table, and scrolls from the keyboard', async ({
  page,
  app,
}) => {
  app.db.transaction(() => {
    for (let i = 0; i < EVERYONE; i++) {
      app.call('people.create', { ...emptyPersonFields, name: nameOf(i), title: 'Engineer' });
    }
  })();
  await page.reload();
  await openSection(page, 'People');

  const table = page.getByRole('table');
  const rows = table.locator('tbody tr[aria-rowindex], tbody tr:not(.table-spacer)');
  await expect(table.getByRole('link', { name: nameOf(0) })).toBeVisible();
  await expect(page.getByText(`Showing ${PEOPLE_PAGE} of 2,000 people.`)).toBeVisible();
  await expect(rows).toHaveCount(PEOPLE_PAGE);
  await expectAccessible(page);

  // Search runs over everyone, not only the page shown.
  await page.getByLabel('Search').fill(nameOf(EVERYONE - 1));
  await expect(table.getByRole('link', { name: nameOf(EVERYONE - 1) })).toBeVisible();
  await expect(rows).toHaveCount(1);
  await expect(page.getByText(/^Showing/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByText(`Showing ${PEOPLE_PAGE} of 2,000 people.`)).toBeVisible();

  // A page at a time from the keyboard; focus lands on the first person each page adds, even
  // once the list is long enough to draw only the rows in view.
  for (let shown = PEOPLE_PAGE; shown < 3 * PEOPLE_PAGE; shown += PEOPLE_PAGE) {
    await page.getByRole('button', { name: `Show ${PEOPLE_PAGE} more` }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('link', { name: nameOf(shown), exact: true })).toBeFocused();
  }
  await expect(page.getByText(`Showing ${3 * PEOPLE_PAGE} of 2,000 people.`)).toBeVisible();
  await expect(table).toHaveAttribute('aria-rowcount', String(3 * PEOPLE_PAGE + 1));
  const rendered = await table.locator('tbody tr[aria-rowindex]').count();
  expect(rendered).toBeLessThan(100);
  await expectAccessible(page);

  const box = page.getByRole('region', { name: `People list, ${3 * PEOPLE_PAGE} people, scrollable` });
  await box.focus();
  await page.keyboard.press('Home');
  await expect(table.getByRole('link', { name: nameOf(0) })).toBeVisible();
  await expect(table.locator('tbody tr[aria-rowindex]').first()).toHaveAttribute('aria-rowindex', '2');
  await page.keyboard.press('End');
  const last = nameOf(3 * PEOPLE_PAGE - 1);
  await expect(table.getByRole('link', { name: last })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: last })).toHaveAttribute(
    'aria-rowindex',
    String(3 * PEOPLE_PAGE + 1),
  );

  app.call('settings.update', { theme: 'dark' });
  await page.reload();
  await openSection(page, 'People');
  await expect(page.getByText(`Showing ${PEOPLE_PAGE} of 2,000 people.`)).toBeVisible();
  await expectAccessible(page);
});

import { emptyPersonFields } from '#shared/people/model';
import { expect, expectAccessible, openSection, test } from './fixtures';

test('a list of 2 000 people renders only the rows in view, stays a table, and scrolls from the keyboard', async ({
  page,
  app,
}) => {
  app.db.transaction(() => {
    for (let i = 0; i < 2000; i++) {
      app.call('people.create', {
        ...emptyPersonFields,
        name: `Person ${String(i).padStart(4, '0')}`,
        title: 'Engineer',
      });
    }
  })();
  await page.reload();
  await openSection(page, 'People');

  const table = page.getByRole('table');
  await expect(table).toHaveAttribute('aria-rowcount', '2001');
  await expect(table.getByRole('link', { name: 'Person 0000' })).toBeVisible();
  const rendered = await table.locator('tbody tr[aria-rowindex]').count();
  expect(rendered).toBeLessThan(100);
  await expect(table.locator('tbody tr[aria-rowindex]').first()).toHaveAttribute('aria-rowindex', '2');
  await expectAccessible(page);

  const box = page.getByRole('region', { name: 'People list, 2,000 people, scrollable' });
  await box.focus();
  await page.keyboard.press('End');
  await expect(table.getByRole('link', { name: 'Person 1999' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Person 1999' })).toHaveAttribute('aria-rowindex', '2001');
});

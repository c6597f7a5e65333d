import { test, expect, accessibilityViolations } from './fixtures';
test('the accessibility check finds a nameless button and faint text, and finds nothing again after a reload', async ({
  page,
}) => {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.evaluate(() => {
    const b = document.createElement('button');
    b.id = 'bad';
    document.querySelector('main')!.append(b);
    const p = document.createElement('p');
    p.textContent = 'faint';
    p.style.color = '#eee';
    p.style.background = '#fff';
    document.querySelector('main')!.append(p);
  });
  const v = await accessibilityViolations(page);
  expect(v.some((x) => x.startsWith('button-name') && x.includes('#bad'))).toBe(true);
  expect(v.some((x) => x.startsWith('color-contrast'))).toBe(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
});

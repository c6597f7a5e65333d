import { emptyPersonFields } from '#shared/people/model';
import { expect, expectAccessible, openSection, test } from './fixtures';
import { weeklySeries } from '../support/oneOnOnes';

test('import a question bank, star and edit one, and draw a question into a meeting', async ({ page, app }) => {
  test.setTimeout(60_000);
  app.setNow(new Date('2026-12-01T08:00:00Z'));
  const personId = app.call('people.create', { ...emptyPersonFields, name: 'Priya Sharma' }).id;
  weeklySeries(app, personId, { firstDate: '2026-12-01' });
  await page.reload();
  await openSection(page, '1:1s');
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Question bank' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Question bank' })).toBeVisible();

  // A multilingual bank: the language is asked for, then the German questions come in with their categories.
  await page.getByRole('button', { name: 'Import questions…' }).click();
  const importing = page.getByRole('dialog', { name: 'Import questions' });
  await importing.getByLabel('Question file').setInputFiles('test/fixtures/questions/multilingual.json');
  await expect(page.getByRole('alert')).toContainText('several languages (de and en)');
  await page.getByLabel('Language to import').selectOption('de');
  await expect(page.getByRole('status')).toContainText('3 new questions, 1 duplicate merged');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Import 3 questions' }).click();
  await expect(importing).toBeHidden();
  await page.getByLabel('Category').selectOption('karriere');
  const list = page.getByRole('list', { name: 'Questions' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  // The panel says how many the filter leaves, not the page's title again.
  await expect(page.getByRole('heading', { level: 2, name: '2 questions match' })).toBeVisible();
  await expectAccessible(page);

  // Star one and edit its words.
  await page.getByRole('button', { name: 'Star “Was möchtest du als Nächstes lernen?”' }).click();
  await expect(page.getByRole('button', { name: 'Star “Was möchtest du als Nächstes lernen?”' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // The row reads first; its one actions menu opens the editor in a dialog, no Edit button in every row.
  await expect(list.getByRole('button', { name: /^Edit/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Actions for “Auf welches Projekt bist du dieses Jahr stolz?”' }).click();
  await page.getByRole('menuitem', { name: 'Edit…' }).click();
  const editor = page.getByRole('form', { name: 'Edit question' });
  // A question left without words is refused beside its field, and nothing changes.
  await editor.getByLabel('Question').fill('   ');
  await page.getByRole('button', { name: 'Save question' }).click();
  await expect(editor.getByText('A question needs some words: type the question.')).toBeVisible();
  await expect(editor.getByLabel('Question')).toBeFocused();
  await expectAccessible(page);
  await expect(list).toContainText('Auf welches Projekt bist du dieses Jahr stolz?');
  await editor.getByLabel('Question').fill('Worauf bist du stolz?');
  await page.getByRole('button', { name: 'Save question' }).click();
  await expect(list).toContainText('Worauf bist du stolz?');
  await expect(page.getByRole('button', { name: 'Actions for “Worauf bist du stolz?”' })).toBeFocused();

  // Search finds it across categories.
  await page.getByLabel('Category').selectOption('');
  await page.getByLabel('Search questions').fill('stolz');
  await expect(list.getByRole('listitem')).toHaveCount(1);

  // In the meeting: "Ask a question…" from karriere puts the starred one on the agenda.
  await openSection(page, '1:1s');
  await page
    .getByRole('row', { name: /Priya Sharma/ })
    .getByRole('link', { name: /Dec/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '1:1 with Priya Sharma' })).toBeVisible();
  await page.getByLabel('Question from', { exact: true }).selectOption('karriere');
  await page.getByRole('button', { name: 'Ask a question…' }).click();
  await expect(page.getByRole('checkbox', { name: 'Was möchtest du als Nächstes lernen?' })).toBeVisible();
  await page.getByRole('button', { name: 'Ask a question…' }).click();
  await expect(page.getByRole('checkbox', { name: 'Worauf bist du stolz?' })).toBeVisible();
  await expectAccessible(page);
});

test('the question bank passes axe in the dark theme', async ({ page, app }) => {
  app.call('settings.update', { theme: 'dark' });
  await page.reload();
  await openSection(page, '1:1s');
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Question bank' }).click();
  await expect(page.getByRole('list', { name: 'Questions' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectAccessible(page);
});

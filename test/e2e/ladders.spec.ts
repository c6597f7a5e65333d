import { readFileSync } from 'node:fs';
import { expect, expectAccessible, openSection, test } from './fixtures';
import { emptyPersonFields } from '#shared/people/model';
import { personOnLadder, assess } from '../support/ladders';

const FT = 'test/fixtures/ladders/ft-engineering.yml';
const MONZO = 'test/fixtures/ladders/monzo-backend.md';

test('a manager imports each format through the UI and sees its levels and competencies', async ({ page, app }) => {
  // A long journey through several screens; the machine running the suite is shared.
  test.setTimeout(90_000);
  await openSection(page, 'Ladders');
  await expect(page.getByRole('heading', { name: 'No ladders yet' })).toBeVisible();
  await expectAccessible(page);

  // Financial Times YAML
  await page.getByRole('link', { name: 'Import a ladder', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import a ladder' })).toBeVisible();
  await page.getByLabel('Ladder file').setInputFiles(FT);
  const preview = page.getByRole('region', { name: /Preview/ });
  await expect(preview.getByRole('list', { name: 'Levels of Engineering' }).getByRole('listitem')).toHaveCount(8);
  await expect(preview.getByText('Technology Director')).toBeVisible();
  await expect(preview.getByText('Problem Solving & Decision Making')).toBeVisible();
  await expectAccessible(page);
  await preview.getByRole('button', { name: 'Import this ladder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Engineering' })).toBeVisible();
  const matrix = page.getByRole('table', { name: 'Expectations by competency and level' });
  await expect(matrix.getByRole('columnheader', { name: 'Senior Engineer 1' })).toBeVisible();
  await expect(matrix.getByRole('rowheader', { name: /Curiosity & Learning/ })).toBeVisible();
  await expectAccessible(page);

  // Monzo Markdown
  await openSection(page, 'Ladders');
  await page.getByRole('link', { name: 'Import a ladder', exact: true }).click();
  await page.getByLabel('Ladder file').setInputFiles(MONZO);
  await expect(page.getByRole('region', { name: /Preview/ }).getByText('Level 6')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Competencies in Topics' })).toContainText('Mastery');
  await page.getByRole('button', { name: 'Import this ladder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backend Engineering Framework' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Level 4' })).toBeVisible();

  // CSV matrix, format picked by hand
  await openSection(page, 'Ladders');
  await page.getByRole('link', { name: 'Import a ladder', exact: true }).click();
  await page.getByLabel('Format').selectOption('csv');
  const csv = 'Area,Competency,Junior,Senior\nCraft,Code,Writes code,Sets the bar\nPeople,Mentoring,,Mentors others\n';
  await page
    .getByLabel('Ladder file')
    .setInputFiles({ name: 'Team ladder.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByRole('list', { name: 'Competencies in People' })).toContainText('Mentoring');
  await page.getByRole('button', { name: 'Import this ladder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team ladder' })).toBeVisible();

  // Cairn's own format: an export of a shipped ladder
  const shipped = app.call('ladders.addBuiltIn', { key: 'product-design' });
  const exported = app.call('ladders.export', { id: shipped.id }).yaml;
  await openSection(page, 'Ladders');
  await page.getByRole('link', { name: 'Import a ladder', exact: true }).click();
  await page
    .getByLabel('Ladder file')
    .setInputFiles({ name: 'pd.cairn.yaml', mimeType: 'text/yaml', buffer: Buffer.from(exported) });
  await expect(page.getByRole('region', { name: /Preview: read as Cairn ladder/ })).toContainText('Lead designer');
  await page.getByRole('button', { name: 'Import this ladder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Product and design (Cairn starter)' })).toBeVisible();
  expect(
    app
      .call('ladders.list', {})
      .map((l) => l.name)
      .sort(),
  ).toEqual([
    'Backend Engineering Framework',
    'Engineering',
    'Product and design (Cairn starter)',
    'Product and design (Cairn starter)',
    'Team ladder',
  ]);
});

test('a broken file shows its problems with line numbers and imports nothing; a 5 MB file is refused', async ({
  page,
  app,
}) => {
  await page.goto('http://cairn.localhost/index.html#/ladders/import');
  const broken = readFileSync(FT, 'utf8')
    .replace('  - id: engineer\n', '  - id: junior\n')
    .replace('theme: technical', 'theme: wizardry');
  await page
    .getByLabel('Ladder file')
    .setInputFiles({ name: 'broken.yml', mimeType: 'text/yaml', buffer: Buffer.from(broken) });
  const problems = page.getByRole('region', { name: /problems? found — nothing will be imported/ });
  await expect(problems).toContainText('Line 11');
  await expect(problems).toContainText('Level 2 (“Engineer”): its key “junior” is already used by another entry');
  await expect(problems).toContainText("its theme “wizardry” is not one of the file's themes.");
  await expect(page.getByRole('button', { name: 'Import this ladder' })).toHaveCount(0);
  await expectAccessible(page);

  await page
    .getByLabel('Ladder file')
    .setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.alloc(5_200_000, 'a') });
  await expect(page.getByRole('region', { name: /1 problem found/ })).toContainText(
    'The file is 5.2 MB; a ladder file can be at most 1 MB',
  );
  expect(app.call('ladders.list', {})).toEqual([]);
});

test('editing a ladder that an assessment uses makes a new version and shows what changed', async ({ page, app }) => {
  // A long journey through several screens; the machine running the suite is shared.
  test.setTimeout(90_000);
  const ladder = app.call('ladders.addBuiltIn', { key: 'engineering' });
  const person = personOnLadder(app, ladder.id, 'e1', { name: 'Ada Lovelace' });
  assess(app, person.id, {
    ladderId: ladder.id,
    levelId: 'e1',
    assessedOn: '2026-01-10',
    ratings: [{ competencyId: 'code', rating: 'meeting', note: '' }],
  });
  await page.goto(`http://cairn.localhost/index.html#/ladders/${ladder.id}`);
  await expect(page.getByRole('heading', { level: 1, name: ladder.name })).toBeVisible();
  // One actions menu a competency, not an Edit link in every cell.
  await expect(page.getByRole('button', { name: /^Edit / })).toHaveCount(0);
  await page.getByRole('button', { name: 'Actions for Code and quality' }).click();
  await page.getByRole('menuitem', { name: 'Edit at Engineer 1…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Code and quality at Engineer 1' });
  await expect(dialog.getByLabel('Expectation')).toBeFocused();
  await dialog.getByLabel('Expectation').fill('Writes clear, tested code and asks for review early.');
  // Said before the save: the assessment keeps version 1.
  await expect(dialog).toContainText('1 assessment uses version 1: saving makes version 2');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Save expectation' }).click();
  await expect(page.getByRole('alertdialog')).toHaveText('Saved as version 2; earlier assessments keep their wording.');
  // What changed is read from the toolbar, above the matrix, not below the whole of it.
  const whatChanged = page.getByRole('button', { name: 'What changed in version 2' });
  await whatChanged.focus();
  await page.keyboard.press('Enter');
  const diff = page.getByRole('dialog', { name: 'What changed in version 2' });
  const changes = diff.getByRole('list', { name: 'Changes' });
  await expect(changes).toContainText('Expectation: Code and quality at Engineer 1');
  await expect(changes.locator('del')).toHaveText(
    'Writes working code for well-described tasks with guidance; adds tests when reminded.',
  );
  await expect(changes.locator('ins')).toHaveText('Writes clear, tested code and asks for review early.');
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(diff).toHaveCount(0);
  await expect(whatChanged).toBeFocused();
  // A ladder that assessments use is kept: its delete dialog says why and offers no delete.
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Delete ladder…' }).click();
  const confirm = page.getByRole('dialog', { name: `Delete ${ladder.name}?` });
  await expect(confirm).toContainText('1 assessment uses this ladder, so it is kept.');
  await expect(confirm.getByRole('button', { name: 'Delete ladder' })).toHaveCount(0);
  await expectAccessible(page);
  await confirm.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: 'More' })).toBeFocused();
  expect(app.call('ladders.list', {})).toHaveLength(1);
  // The old assessment still reads the old wording.
  const [snapshot] = app.call('assessments.list', { personId: person.id });
  const old = app.call('assessments.get', { id: snapshot!.id });
  // It was made at Engineer 1, so that level's wording is what it carries.
  expect(old.ladder.expected.find((e) => e.competencyId === 'code')?.text).toMatch(/^Writes working code/);
});

test('the person form places someone on a real ladder, track and level', async ({ page, app }) => {
  app.call('ladders.addBuiltIn', { key: 'engineering' });
  await page.goto('http://cairn.localhost/index.html#/people/new');
  await page.getByLabel('Name (required)').fill('Grace Hopper');
  await page.getByLabel('Ladder').selectOption({ label: 'Software engineering (Cairn starter)' });
  await page.getByLabel('Track').selectOption({ label: 'Engineering management' });
  await expect(page.getByLabel('Level').locator('option')).toHaveText([
    'Choose a level',
    'Engineering manager',
    'Senior engineering manager',
    'Director of engineering',
  ]);
  await page.getByLabel('Level').selectOption({ label: 'Senior engineering manager' });
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Grace Hopper' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ladder' })).toContainText(
    'Software engineering (Cairn starter) · Engineering management · Senior engineering manager',
  );
  expect(app.call('people.list', {})[0]).toMatchObject({ track: 'mgmt', level: 'm2' });
});

test('opened from a person, the ladder marks their level and the next one, in words, and compares two levels', async ({
  page,
  app,
}) => {
  const ladder = app.call('ladders.addBuiltIn', { key: 'engineering' });
  const person = personOnLadder(app, ladder.id, 'e2', { name: 'Ada Lovelace' });
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(`http://cairn.localhost/index.html#/people/${person.id}`);
  await page.getByRole('link', { name: ladder.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: ladder.name })).toBeVisible();
  await expect(
    page.getByText('Ada Lovelace’s level, Engineer 2, and the next one up, Senior engineer, are marked.'),
  ).toBeVisible();
  const matrix = page.getByRole('table', { name: 'Expectations by competency and level' });
  // The marks are words in the column headings, so a screen reader hears them with every cell.
  const current = matrix.getByRole('columnheader', { name: /^Engineer 2 ?, Ada Lovelace’s level$/ });
  const next = matrix.getByRole('columnheader', { name: /^Senior engineer ?, Next level$/ });
  await expect(current).toBeVisible();
  await expect(next).toBeVisible();
  await expect(matrix.getByRole('columnheader', { name: /level$/ })).toHaveCount(2);
  // Scrolled so the person's level sits beside the sticky competency column, at 1024 wide.
  const column = await matrix.getByRole('columnheader', { name: 'Competency' }).boundingBox();
  const marked = await current.boundingBox();
  expect(Math.abs(marked!.x - (column!.x + column!.width))).toBeLessThan(2);
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page);

  // Two neighbouring levels side by side, chosen by keyboard.
  const shown = page.getByLabel('Levels shown');
  await shown.focus();
  await page.keyboard.press('ArrowDown');
  await expect(shown).toHaveValue('e1');
  // The level headings (area rows below are column headings too).
  await expect(matrix.locator('thead th')).toHaveText(['Competency', 'Engineer 1', 'Engineer 2, Ada Lovelace’s level']);
  await expectAccessible(page);

  // From an assessment, the ladder's name opens it for the person too.
  const made = assess(app, person.id, { ladderId: ladder.id, levelId: 'e3' });
  await page.goto(`http://cairn.localhost/index.html#/assessments/${made.id}`);
  await page.getByRole('link', { name: ladder.name }).click();
  await expect(page.getByRole('columnheader', { name: /^Engineer 2 ?, Ada Lovelace’s level$/ })).toBeVisible();

  // Someone not on this ladder: nothing is marked, and the page says why.
  const other = app.call('people.create', { ...emptyPersonFields, name: 'Grace Hopper' });
  await page.goto(`http://cairn.localhost/index.html#/ladders/${ladder.id}/for/${other.id}`);
  await expect(page.getByText('Grace Hopper has no level on this ladder, so no column is marked.')).toBeVisible();
  await expect(page.getByRole('columnheader', { name: /level$/ })).toHaveCount(0);
});

import { expect, expectAccessible, openSection, test } from './fixtures';

/**
 * A Financial Times style file (our own words, in their format): two statements for one
 * theme at one level, each with examples, one example with emphasis and one with a link
 * that must never become clickable.
 */
const FT_FILE = `name: Platform
levels:
  - id: eng
    name: Engineer
  - id: senior
    name: Senior Engineer
themes:
  - id: communication
    name: Communication
    summary: Says what matters, to the people who need it.
competencies:
  - level: eng
    theme: communication
    summary: Explains their own work clearly in stand-ups.
  - level: senior
    theme: communication
    summary: Writes design notes the whole team can follow.
    examples:
      - Wrote the **queue migration** note that three teams used.
  - level: senior
    theme: communication
    summary: Runs a review so that quiet voices are heard.
    examples:
      - "Asked each reviewer in turn [see notes](javascript:alert(1))"
`;

test('expectation text renders as the Markdown it is, and a Financial Times file keeps its examples', async ({
  page,
  app,
}) => {
  test.setTimeout(90_000);
  await openSection(page, 'Ladders');
  await page.getByRole('link', { name: 'Import a ladder', exact: true }).click();
  await page
    .getByLabel('Ladder file')
    .setInputFiles({ name: 'platform.yml', mimeType: 'text/yaml', buffer: Buffer.from(FT_FILE) });
  await page.getByRole('button', { name: 'Import this ladder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Platform' })).toBeVisible();

  const matrix = page.getByRole('table', { name: 'Expectations by competency and level' });
  const row = matrix.getByRole('row', { name: /^Communication/ });
  const senior = row.getByRole('cell').nth(1);
  // Two statements are a list, not lines that start with "- ".
  await expect(senior.getByRole('list').first().getByRole('listitem')).toHaveText([
    'Writes design notes the whole team can follow.',
    'Runs a review so that quiet voices are heard.',
  ]);
  await expect(senior).not.toContainText('- Writes');
  await expect(row.getByRole('cell').nth(0)).toHaveText(/^Explains their own work clearly in stand-ups\./);

  // The examples under each statement are kept, and read as Markdown too.
  await senior.getByText('Examples (2)').click();
  await expect(senior.getByRole('strong')).toHaveText('queue migration');
  await expect(senior).toContainText('Asked each reviewer in turn');
  // A javascript: link stays text: the safe renderer makes no link of it.
  await expect(senior.getByRole('link')).toHaveCount(0);
  await expectAccessible(page);

  // The assessment form shows the same wording as a list.
  const ladder = app.call('ladders.list', {})[0]!;
  const person = app.call('people.create', {
    name: 'Sam Okafor',
    preferredName: '',
    pronouns: '',
    title: '',
    teamId: null,
    relationship: 'direct_report',
    ladderId: ladder.id,
    track: 'main',
    level: 'senior',
    startDate: null,
    timeZone: null,
  });
  await page.goto(`http://cairn.localhost/index.html#/assessments/new/${person.id}`);
  const rating = page.getByRole('group', { name: 'Communication' });
  await expect(rating.getByRole('listitem')).toHaveCount(2);
  await expectAccessible(page);

  app.call('settings.update', { theme: 'dark' });
  await page.goto(`http://cairn.localhost/index.html#/ladders/${ladder.id}`);
  await expect(senior.getByRole('listitem').first()).toBeVisible();
  await expectAccessible(page);
});

import { expect, expectAccessible, openSection, test } from './fixtures';
import { fillDate } from './dateFields';
import { expectOnePrimaryAction } from './hierarchy';

test('a manager adds, edits, archives, restores and erases a person, and the data survives a restart', async ({
  page,
  app,
}) => {
  // A long journey through several screens and menus; the machine running the suite is shared.
  test.setTimeout(120_000);
  app.call('teams.create', { name: 'Platform', description: '' });
  await page.reload();

  await expect(page.getByRole('heading', { name: 'No people yet' })).toBeVisible();
  await expectAccessible(page);
  await expectOnePrimaryAction(page, 'Add your first person');
  await openSection(page, 'People');
  await expectOnePrimaryAction(page, 'Add your first person');
  await page.getByRole('link', { name: 'Add your first person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add person' })).toBeVisible();

  // Empty name: the error sits beside the field, nothing is saved.
  await page.getByRole('button', { name: 'Add person' }).click();
  const name = page.getByLabel('Name (required)');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Name is required: fill it in.')).toBeVisible();
  await expect(name).toBeFocused();
  await expectAccessible(page);

  // A 10 000-character name is refused with the limit stated.
  await name.fill('x'.repeat(10_000));
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByText('Name must be at most 200 characters: shorten it.')).toBeVisible();

  // A time zone that does not exist.
  await name.fill('Ada Lovelace');
  await page.getByRole('combobox', { name: 'Time zone' }).fill('Mars/Olympus');
  await page.keyboard.press('Tab'); // leave the field: its list closes
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByText('Choose a time zone from the list: type a city, such as Berlin.')).toBeVisible();
  expect(app.call('people.list', { status: 'all' })).toHaveLength(0);

  await page.getByRole('combobox', { name: 'Time zone' }).fill('Europe/London');
  await page.keyboard.press('Tab'); // leave the field: its list closes
  await page.getByLabel('Pronouns').fill('she/her');
  await page.getByLabel('Role or title').fill('Senior engineer');
  await page.getByLabel('Team').selectOption({ label: 'Platform' });
  await fillDate(page, 'Start date', '2024-05-13');
  await page.getByRole('button', { name: 'Add person' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeVisible();
  await expect(page.getByText('Senior engineer')).toBeVisible();
  await expect(page.getByRole('alertdialog')).toHaveText('Added Ada Lovelace.');
  await expectAccessible(page);

  // Edit
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Edit profile' }).click();
  await expect(page.getByLabel('Name (required)')).toHaveValue('Ada Lovelace');
  await page.getByLabel('Role or title').fill('Staff engineer');
  await page.getByRole('button', { name: 'Save person' }).click();
  await expect(page.getByText('Staff engineer')).toBeVisible();

  // Archive: gone from the active list, found under "Left".
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Archive as left' }).click();
  await expect(page.getByText('Left on')).toBeVisible();
  await openSection(page, 'People');
  await expect(
    page.getByRole('heading', { name: 'No one matches' }).or(page.getByRole('heading', { name: 'No people yet' })),
  ).toBeVisible();
  await page.getByLabel('Status').selectOption('left');
  await expect(page.getByRole('link', { name: 'Ada Lovelace' })).toBeVisible();
  await page.getByRole('link', { name: 'Ada Lovelace' }).click();
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Restore' }).click();
  await expect(page.getByText('Left on')).toHaveCount(0);
  await page.getByRole('button', { name: 'More' }).click();
  await expect(page.getByRole('menuitem', { name: 'Archive as left' })).toBeVisible();
  await page.keyboard.press('Escape');

  // Reload the page, then restart the store: the data is on disk.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeVisible();
  app.restart();
  await page.reload();
  await expect(page.getByText('Staff engineer')).toBeVisible();

  // Erase: the dialog names what goes, and needs the name typed.
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Erase…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Erase this person for good?' });
  await expect(dialog.getByRole('list', { name: 'What will be deleted' })).toContainText('1 profile');
  await expectAccessible(page);
  const erase = dialog.getByRole('button', { name: 'Erase Ada Lovelace' });
  await expect(erase).toBeDisabled();
  await dialog.getByLabel('Type “Ada Lovelace” to confirm').fill('Ada Lovelace');
  await erase.click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await expect(page.getByRole('alertdialog')).toHaveText('Ada Lovelace was erased.');
  expect(app.call('people.list', { status: 'all' })).toHaveLength(0);
});

test('the people list searches and filters by team, relationship and status', async ({ page, app }) => {
  const apps = app.call('teams.create', { name: 'Apps', description: '' });
  const base = {
    preferredName: '',
    pronouns: '',
    title: '',
    teamId: null,
    ladderId: null,
    track: '',
    level: '',
    startDate: null,
    timeZone: null,
  } as const;
  app.call('people.create', {
    ...base,
    name: 'Grace Hopper',
    relationship: 'direct_report',
    teamId: apps.id,
    title: 'Compiler lead',
  });
  app.call('people.create', { ...base, name: 'Alan Turing', relationship: 'peer' });
  const left = app.call('people.create', { ...base, name: 'Edsger Dijkstra', relationship: 'skip_level' });
  app.call('people.archive', { id: left.id });
  await page.reload();
  await openSection(page, 'People');

  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(3); // header + 2 active
  await page.getByLabel('Search').fill('compiler');
  await expect(page.getByRole('link', { name: 'Grace Hopper' })).toBeVisible();
  await expect(rows).toHaveCount(2);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Relationship').selectOption('peer');
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'Alan Turing' })).toBeVisible();
  await page.getByLabel('Relationship').selectOption('');
  await page.getByLabel('Team').selectOption({ label: 'Apps' });
  await expect(rows).toHaveCount(2);
  await page.getByLabel('Team').selectOption('');
  await page.getByLabel('Status').selectOption('all');
  await expect(rows).toHaveCount(4);
  await expect(page.getByRole('link', { name: 'Edsger Dijkstra' })).toBeVisible();
  await expectAccessible(page);
});

test('an edit refused by the store shows its error beside the field and changes nothing', async ({ page, app }) => {
  const team = app.call('teams.create', { name: 'Doomed', description: '' });
  await page.reload();
  await page.getByRole('link', { name: 'Add your first person' }).click();
  await page.getByLabel('Name (required)').fill('Barbara Liskov');
  await page.getByLabel('Team').selectOption({ label: 'Doomed' });
  // The team disappears while the form is open (another window, an import…).
  app.call('teams.delete', { id: team.id });
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByText('That team does not exist (it may have been deleted).')).toBeVisible();
  await expect(page.getByLabel('Team')).toHaveAttribute('aria-invalid', 'true');
  expect(app.call('people.list', { status: 'all' })).toHaveLength(0);
});

test('a link to someone erased, or to a 1:1 of theirs, says it is gone and leads back', async ({ page, app }) => {
  app.call('sample.load', {});
  const amara = (app.call('people.list', {}) as { id: string; name: string }[]).find((p) => p.name === 'Amara Osei')!;
  const meetingId = (app.call('oneOnOnes.prep', { personId: amara.id }) as { upcoming: { id: string } }).upcoming.id;
  app.call('people.erase', { id: amara.id, confirmName: amara.name });

  await page.goto(`http://cairn.localhost/index.html#/people/${amara.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Person not found' })).toBeVisible();
  await expect(page.getByText('Cairn has no such person: it may have been deleted or erased.')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Back to people' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();

  await page.goto(`http://cairn.localhost/index.html#/one-on-ones/meeting/${meetingId}`);
  await expect(page.getByRole('heading', { level: 1, name: '1:1 not found' })).toBeVisible();
  await expect(page.getByText('Cairn has no such 1:1: it may have been deleted or erased.')).toBeVisible();
  await page.getByRole('link', { name: 'Back to 1:1s' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '1:1s' })).toBeVisible();
});

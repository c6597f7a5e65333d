import { emptyGoalFields } from '#shared/goals/model';
import { emptyPersonFields } from '#shared/people/model';
import { expect, test } from './fixtures';

// A form sends once until it is answered: a double click on Save made two people, two check-ins.

test('a double click on Add person adds one person', async ({ page, app }) => {
  await page.goto('http://cairn.localhost/index.html#/people/new');
  await page.getByLabel('Name (required)').fill('Ada Lovelace');
  await page.getByRole('button', { name: 'Add person' }).dblclick();
  await expect(page.getByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeVisible();
  expect(app.call('people.list', { status: 'all' }).map((p) => p.name)).toEqual(['Ada Lovelace']);
});

test('a double click on Save check-in saves one check-in', async ({ page, app }) => {
  const person = app.call('people.create', { ...emptyPersonFields, name: 'Grace Hopper' });
  const goal = app.call('goals.create', {
    personId: person.id,
    fields: { ...emptyGoalFields, title: 'Run the incident reviews', status: 'active' },
  });
  await page.goto(`http://cairn.localhost/index.html#/people/${person.id}`);
  const card = page.getByRole('article', { name: 'Run the incident reviews' });
  await card.getByRole('button', { name: 'Check in on Run the incident reviews' }).click();
  await card.getByLabel('Progress note').fill('First review held');
  await card.getByRole('button', { name: 'Save check-in' }).dblclick();
  await expect(card.getByRole('list', { name: /Check-ins on/ })).toContainText('First review held');
  const saved = app.call('goals.list', { personId: person.id }).find((g) => g.id === goal.id)!;
  expect(saved.checkIns).toHaveLength(1);
});

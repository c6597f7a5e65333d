import { expect, expectAccessible, openSection, test } from './fixtures';
import { PLATFORM_LADDER, personOnLadder, assess, ratedAs } from '../support/ladders';

test('a ladder with its own 5-step scale is imported, rated on, shown and compared honestly across levels', async ({
  page,
  app,
}) => {
  // A long journey through several screens; the machine running the suite is shared.
  test.setTimeout(90_000);
  app.setNow(new Date('2026-03-03T11:00:00Z'));
  await openSection(page, 'Ladders');
  await page.getByRole('link', { name: 'Import a ladder', exact: true }).click();
  await page
    .getByLabel('Ladder file')
    .setInputFiles({ name: 'platform.yaml', mimeType: 'text/yaml', buffer: Buffer.from(PLATFORM_LADDER) });
  const preview = page.getByRole('region', { name: /Preview/ });
  await expect(preview).toContainText(
    'Its own rating scale: Not yet · Developing · Meeting (meets the level) · Strong · Role model',
  );
  await preview.getByRole('button', { name: 'Import this ladder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Platform ladder' })).toBeVisible();
  await expect(page.getByText('Its own rating scale:')).toBeVisible();
  await expectAccessible(page);

  const ladder = app.call('ladders.list', {})[0]!;
  const person = personOnLadder(app, ladder.id, 'staff', { name: 'Priya Raman', title: 'Staff Engineer' });
  // Last year, still at Senior, rated on the same scale.
  assess(app, person.id, {
    ladderId: ladder.id,
    levelId: 'senior',
    assessedOn: '2025-09-01',
    ratings: ratedAs({ code: 'role-model', design: 'strong', ops: 'meeting' }),
  });

  // Rated now against Staff, on the ladder's own five steps, by keyboard where it can be.
  await page.goto(`http://cairn.localhost/index.html#/assessments/new/${person.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Assess Priya Raman' })).toBeVisible();
  await expect(page.getByLabel('Level assessed against')).toHaveValue('staff');
  const scale = page.getByRole('definition').filter({ hasText: 'Others learn this from them.' });
  await expect(scale).toBeVisible();
  const code = page.getByRole('radiogroup', { name: 'Rating for Code' });
  await expect(code.getByRole('radio')).toHaveCount(5);
  await code.getByLabel('Developing').check();
  await page.keyboard.press('ArrowRight');
  await expect(code.getByLabel('Meeting')).toBeChecked();
  await page.getByRole('radiogroup', { name: 'Rating for Design' }).getByLabel('Developing').check();
  await page.getByRole('radiogroup', { name: 'Rating for Operations' }).getByLabel('Strong').check();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Save assessment' }).click();

  // The view speaks the scale's words and the title says whom, against which level, and when.
  await expect(
    page.getByRole('heading', { level: 1, name: /^Priya Raman · Staff Engineer assessment, (3 Mar|Mar 3)(,? 2026)?$/ }),
  ).toBeVisible();
  const ratings = page.getByRole('table', { name: 'Ratings' });
  await expect(ratings.getByRole('row', { name: /^Code Meeting/ })).toBeVisible();
  await expect(ratings.getByRole('row', { name: /^Design Developing/ })).toBeVisible();
  await expect(ratings.getByRole('row', { name: /^Operations Strong/ })).toBeVisible();
  const readiness = page.getByRole('region', { name: 'Where they stand' });
  await expect(readiness).toContainText('Still growing into this level: Design');
  await expectAccessible(page);

  // Against a higher bar, a lower step is not "Down": the comparison says what changed.
  await page.getByRole('link', { name: 'Back to Priya Raman' }).click();
  const snapshots = page.getByRole('table', { name: 'Assessments' });
  await expect(snapshots).toContainText('Developing 1 · Meeting 1 · Strong 1');
  await page.getByText('Compare assessments', { exact: true }).click();
  const compare = page.getByRole('table', {
    name: /^Ratings of Mon,? (1 Sept?|Sep 1,) 2025 · Senior Engineer and Tue,? (3 Mar|Mar 3)(,? 2026)? · Staff Engineer/,
  });
  await expect(compare.getByRole('row', { name: /^Code Role model Meeting Lower rating, higher bar$/ })).toBeVisible();
  await expect(compare.getByRole('row', { name: /^Design Strong Developing Lower rating, higher bar$/ })).toBeVisible();
  await expect(compare.getByText('Down')).toHaveCount(0);
  await expect(page.getByRole('note')).toContainText(
    'The earlier assessment is against Senior Engineer, the later one against Staff Engineer, a higher level',
  );
  // No radar draws the shapes of two different bars as if one shrank.
  await expect(page.getByRole('img', { name: /Radar chart/ })).toHaveCount(0);
  await expectAccessible(page);

  app.call('settings.update', { theme: 'dark' });
  await page.reload();
  // The comparison opens from the keyboard too: it is a disclosure, Enter opens it.
  await page.getByText('Compare assessments', { exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(compare).toBeVisible();
  await expectAccessible(page);
});

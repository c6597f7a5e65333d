import { arrangeMyScorecard, arrangeRole } from '../support/interviews';
import { expect, expectAccessible, openSection, test } from './fixtures';

for (const theme of ['light', 'dark'] as const) {
  test(`the panel reads first and is changed in dialogs, by keyboard alone, in the ${theme} theme`, async ({
    page,
    app,
  }) => {
    app.call('settings.update', { theme });
    const { me } = arrangeMyScorecard(app, { name: 'Cleo Park', stage: 'Onsite' }); // my draft
    await page.reload();
    await openSection(page, 'Interviews');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

    // Read first: who is on the panel and who I am; no form open on the page.
    const panel = page.getByRole('region', { name: 'Panel' });
    await expect(panel).toContainText('You interview as Me. Candidate data is kept 365 days');
    await expect(panel.getByRole('table', { name: 'Panel members' })).toContainText('Me');
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await expectAccessible(page);

    // Add a panel member: the dialog opens on its first field, Enter submits, focus returns to the button.
    const addMember = panel.getByRole('button', { name: 'Add panel member…' });
    await addMember.focus();
    await page.keyboard.press('Enter');
    const memberDialog = page.getByRole('dialog', { name: 'Add panel member' });
    await expect(memberDialog.getByLabel('Name (required)')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(memberDialog.getByText('Name is required: fill it in.')).toBeVisible();
    await expect(memberDialog.getByLabel('Name (required)')).toBeFocused();
    await expectAccessible(page);
    await page.keyboard.type('Bob');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alertdialog')).toHaveText('Added Bob to the panel list.');
    await expect(memberDialog).toBeHidden();
    await expect(addMember).toBeFocused();
    await expect(panel.getByRole('table', { name: 'Panel members' })).toContainText('Bob');

    // Panel settings: the store's refusal lands beside its field, focused, and nothing changes.
    await panel.getByRole('button', { name: 'Panel settings…' }).focus();
    await page.keyboard.press('Enter');
    const settings = page.getByRole('dialog', { name: 'Panel settings' });
    const self = settings.getByLabel('I interview as');
    await expect(self).toBeFocused();
    await self.selectOption({ label: 'Bob' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(settings.getByText('Submit your own draft scorecards before changing who you are')).toBeVisible();
    await expect(self).toHaveAttribute('aria-invalid', 'true');
    await expect(self).toBeFocused();
    await expectAccessible(page);
    expect(app.call('interviews.getPrefs', {}).selfInterviewerId).toBe(me.id);
    await self.selectOption({ label: 'Me' });
    await settings.getByLabel('Keep candidate data for (days) (required)').fill('400');
    await page.keyboard.press('Enter');
    await expect(settings).toBeHidden();
    await expect(panel).toContainText('Candidate data is kept 400 days');
    expect(app.call('interviews.getPrefs', {}).retentionDays).toBe(400);
  });
}

test('a role reads first: a new candidate is added in a dialog, by keyboard', async ({ page, app }) => {
  const { role } = arrangeRole(app);
  await openSection(page, 'Interviews');
  await page.getByRole('link', { name: role.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: role.title })).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByText('No candidates yet.')).toBeVisible();
  await expectAccessible(page);

  const open = page.getByRole('button', { name: 'New candidate…' }).first(); // the header's; the empty state's goes
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New candidate' });
  await expect(dialog.getByLabel('Candidate name (required)')).toBeFocused();
  await page.keyboard.type('Dana Ode');
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Stage is required: fill it in.')).toBeVisible();
  await expect(dialog.getByLabel('Stage (required)')).toBeFocused();
  await expectAccessible(page);
  expect(app.call('interviews.listCandidates', { roleId: role.id })).toEqual([]);
  await page.keyboard.type('Screen');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alertdialog')).toHaveText('Added Dana Ode.');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('link', { name: 'Dana Ode' })).toBeVisible();
  await expect(open).toBeFocused();
  expect(app.call('interviews.listCandidates', { roleId: role.id }).map((c) => [c.name, c.stage])).toEqual([
    ['Dana Ode', 'Screen'],
  ]);

  // Each row has one actions menu: edit moves her along, erase removes her; focus never falls to the page.
  const actions = page.getByRole('button', { name: 'Actions for Dana Ode' });
  await actions.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Edit details…' }).press('Enter');
  const edit = page.getByRole('dialog', { name: 'Edit Dana Ode' });
  await edit.getByLabel('Stage (required)').fill('Onsite');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alertdialog')).toHaveText('Candidate saved.');
  await expect(edit).toBeHidden();
  await expect(page.getByRole('row', { name: /Dana Ode/ })).toContainText('Onsite');
  await expect(actions).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Erase candidate…' }).press('Enter');
  const erase = page.getByRole('dialog', { name: 'Erase this candidate for good?' });
  await expectAccessible(page);
  await erase.getByLabel('Type “Dana Ode” to confirm').fill('Dana Ode');
  await erase.getByRole('button', { name: 'Erase Dana Ode' }).press('Enter');
  await expect(page.getByText('No candidates yet.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: role.title })).toBeFocused();
  expect(app.call('interviews.listCandidates', { roleId: role.id })).toEqual([]);
});

import { emptyPersonFields } from '#shared/people/model';
import { recordingNotifier } from '../support/recordingNotifier';
import { expect, expectAccessible, openSection, test } from './fixtures';
import { weeklySeries } from '../support/oneOnOnes';

test('reminders: turned on in Settings, recorded at the right time as the clock moves, a click opens the prep view', async ({
  page,
  app,
}) => {
  app.setNow(new Date('2026-12-01T08:00:00Z'));
  const priya = app.call('people.create', { ...emptyPersonFields, name: 'Priya Sharma' }).id;
  weeklySeries(app, priya, { firstDate: '2026-12-01' });
  const meetingId = app.call('oneOnOnes.prep', { personId: priya }).upcoming!.id;
  app.call('oneOnOnes.saveNotes', { meetingId, privateNotes: 'worried about burnout' });
  await page.reload();

  await openSection(page, 'Settings');
  const reminders = page.getByRole('group', { name: 'Reminders' });
  await expect(reminders.getByLabel('Prepare for a 1:1')).toHaveValue('0');
  await reminders.getByLabel('Prepare for a 1:1').selectOption({ label: '15 minutes before' });
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  // Said beside the heading, not in a toast lying over the settings at the foot of the window.
  await expect(page.getByRole('region', { name: 'Notifications' }).getByRole('alertdialog')).toHaveCount(0);
  await expectAccessible(page);

  const recorder = recordingNotifier();
  const opened: string[] = [];
  const run = () => app.session.runReminders(recorder.notifier, (route) => opened.push(route));
  app.setNow(new Date('2026-12-01T09:30:00Z'));
  run();
  expect(recorder.bodies()).toEqual([]);
  app.setNow(new Date('2026-12-01T09:47:00Z'));
  run();
  app.setNow(new Date('2026-12-01T09:55:00Z'));
  run();
  expect(recorder.bodies()).toEqual(['1:1 with Priya in 13 minutes']);
  expect(JSON.stringify(recorder.shown)).not.toContain('burnout');

  recorder.click(0);
  // What the app's click handler does with the route (electron/main.ts openRoute).
  await page.evaluate((route) => (location.hash = `#${route}`), opened[0]!);
  await expect(page.getByRole('heading', { level: 1, name: 'Prep: Priya Sharma' })).toBeVisible();
});

test('the reminder settings pass axe in the dark theme', async ({ page, app }) => {
  app.call('settings.update', { theme: 'dark' });
  await page.reload();
  await openSection(page, 'Settings');
  await expect(page.getByRole('group', { name: 'Reminders' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectAccessible(page);
});

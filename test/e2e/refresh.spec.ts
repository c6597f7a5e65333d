import { emptyPersonFields } from '#shared/people/model';
import { expect, expectAccessible, openSection, test } from './fixtures';
import { addTopicForNextTime } from './palette';
import { weeklySeries } from '../support/oneOnOnes';

// Screens refresh themselves: a command that commits says which domains it changed
// (shared/ipc/changes.ts) and every request on screen that read one of them asks again
// (renderer/src/api/useRequest.ts). No page reload here after the first.
test('a screen shows what a command from elsewhere (the palette) changed, without reloading', async ({ page, app }) => {
  app.setNow(new Date('2026-03-02T08:00:00Z'));
  const ada = app.call('people.create', { ...emptyPersonFields, name: 'Ada Lovelace', timeZone: 'Europe/London' });
  weeklySeries(app, ada.id);
  await page.reload();

  await openSection(page, '1:1s');
  await page.getByRole('link', { name: 'Ada Lovelace' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Prep: Ada Lovelace' })).toBeVisible();
  const nextTime = page.getByRole('region', { name: 'Open items' });
  await expect(nextTime.getByText('Nothing open.')).toBeVisible();

  // The palette's "next time" action writes the topic; the prep view behind it shows it.
  const addTopic = async (text: string) =>
    await expect(await addTopicForNextTime(page, 'ada', 'Ada Lovelace', text)).toBeHidden();
  await addTopic('Conference budget');
  await expect(nextTime.getByText('Conference budget')).toBeVisible();
  await expectAccessible(page);

  // The same on the meeting itself: the topic lands on its agenda while it is open.
  await page.getByRole('link', { name: 'Open next 1:1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '1:1 with Ada Lovelace' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Conference budget' })).toBeVisible();
  await addTopic('Team offsite');
  await expect(page.getByRole('checkbox', { name: 'Team offsite' })).toBeVisible();
  await expectAccessible(page);
});

import { emptyPersonFields } from '#shared/people/model';
import { expect, expectAccessible, openSection, test } from './fixtures';
import { fillDate, fillTime } from './dateFields';
import { addItem, weeklySeries } from '../support/oneOnOnes';

const MONDAY = new Date('2026-03-02T08:00:00Z');

test("a manager's week: set up a series, prepare, hold, skip, and every open item arrives on the one after", async ({
  page,
  app,
}) => {
  test.setTimeout(120_000); // a whole week of screens; slower on a shared machine
  app.setNow(MONDAY);
  app.call('settings.update', { timeZone: 'Europe/London' });
  const ada = app.call('people.create', { ...emptyPersonFields, name: 'Ada Lovelace', timeZone: 'Europe/London' }).id;
  await page.reload();

  await openSection(page, '1:1s');
  await expect(page.getByRole('cell', { name: 'No series yet' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Ada Lovelace' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Prep: Ada Lovelace' })).toBeVisible();

  // Set up the series: the time is asked on the manager's clock, which stays fixed.
  await fillDate(page, 'First 1:1 (required)', '2026-03-03');
  await fillTime(page, 'Time, your time (London) (required)', '10:00');
  // Both in London: no clock to choose between, and the series keeps the manager's.
  await expect(page.getByRole('group', { name: 'Keep the time fixed on' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Save series' }).click();
  await expect(page.getByText(/^Next 1:1: Tue, Mar 3(, 2026)?, 10:00 AM/)).toBeVisible();
  expect(app.call('oneOnOnes.prep', { personId: ada }).series?.timeZone).toBe('Europe/London');
  await expectAccessible(page);

  // Prepare: a topic for next time, from the prep view, by keyboard.
  await page.getByLabel('Topic for next time').fill('Conference talk proposal');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Open items' }).getByText('Conference talk proposal')).toBeVisible();

  await page.getByRole('link', { name: 'Open next 1:1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '1:1 with Ada Lovelace' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Conference talk proposal' })).toBeVisible();

  // Hold it: their agenda item, an action for them, notes shared and private.
  await page.getByLabel('New agenda item').fill('On-call load is too high');
  await page.getByLabel('Raised by').selectOption({ label: 'From Ada' });
  await page.getByRole('button', { name: 'Add to agenda' }).click();
  await expect(page.getByRole('checkbox', { name: 'On-call load is too high' })).toBeVisible();
  await page.getByLabel('New action item').fill('Draft the rotation RFC');
  await fillDate(page, 'Due', '2026-03-20');
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByRole('checkbox', { name: 'Draft the rotation RFC' })).toBeVisible();
  // Resolved from the keyboard: focus the box, Space.
  await page.getByRole('checkbox', { name: 'Conference talk proposal' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Conference talk proposal' })).toBeChecked();

  // Autosave: type, wait a little over a second, reload: the text is there.
  await page.getByLabel('Shared notes (Markdown)').pressSequentially('Agreed the 1:1 plan for the C++ migration.');
  await page.getByLabel('Private notes (Markdown)').fill('Seems tired; check in on workload.');
  await page.waitForTimeout(1200);
  await page.reload();
  await expect(page.getByLabel('Shared notes (Markdown)')).toHaveText('Agreed the 1:1 plan for the C++ migration.');
  await expect(page.getByLabel('Private notes (Markdown)')).toHaveText('Seems tired; check in on workload.');

  // One keystroke hides every private note for screen sharing, and brings it back.
  await page.keyboard.press('Control+Shift+H');
  await expect(page.getByLabel('Private notes (Markdown)')).toHaveCount(0);
  await expect(page.getByText('Hidden for screen sharing')).toBeVisible();
  await expect(page.getByText('Seems tired')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+H');
  await expect(page.getByLabel('Private notes (Markdown)')).toBeVisible();

  await page.getByRole('radio', { name: '4' }).check();
  await page.getByLabel('Topic tags').fill('career, delivery');
  await page.getByLabel('Topic tags').press('Enter');
  await expectAccessible(page);
  app.setNow(new Date('2026-03-03T10:30:00Z')); // Tuesday: the 1:1 takes place
  await page.getByRole('button', { name: 'Mark as held' }).click();
  await expect(page.getByText('Held', { exact: true })).toBeVisible();

  // Next week: the prep view shows what is open on both sides.
  app.setNow(new Date('2026-03-09T08:00:00Z'));
  await page.getByRole('link', { name: 'Prep view' }).click();
  const carried = page.getByRole('region', { name: 'Open items' });
  await expect(carried.getByText('On-call load is too high')).toBeVisible();
  await expect(carried.getByText('Draft the rotation RFC')).toBeVisible();
  await expect(carried.getByText('Conference talk proposal')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'At a glance' })).toContainText('6 days ago');
  await expect(page.getByRole('region', { name: 'Last time' })).toContainText('Agreed the 1:1 plan');
  await expectAccessible(page);

  // Skip it.
  await page.getByRole('link', { name: 'Open next 1:1' }).click();
  await expect(page.getByText(/^Tue, Mar 10(, 2026)?, 10:00 AM/)).toBeVisible();
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Skip this 1:1' }).click();
  await expect(page.getByText('Skipped', { exact: true })).toBeVisible();

  // "Next time" from the people list, for the meeting after.
  await openSection(page, 'People');
  await page.getByRole('button', { name: 'Next time with Ada Lovelace' }).click();
  await expect(page.getByRole('dialog', { name: 'Topic for next time' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Topic' })).toBeFocused();
  await page.keyboard.type('Thank her for the incident write-up');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('alertdialog').filter({ hasText: 'Added to your next 1:1 with Ada Lovelace.' }),
  ).toBeVisible();

  // And from anywhere, with the global shortcut and a person picker.
  await openSection(page, 'Teams');
  await page.keyboard.press('Control+Shift+Y');
  const dialog = page.getByRole('dialog', { name: 'Topic for next time' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Add to next 1:1' }).click();
  await expect(dialog.getByText('Choose who the topic is for')).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('combobox', { name: 'Person' }).fill('Ada');
  await dialog.getByRole('option', { name: 'Ada Lovelace' }).click();
  await dialog.getByRole('textbox', { name: 'Topic' }).fill('Ask about the team offsite');
  await dialog.getByRole('button', { name: 'Add to next 1:1' }).click();
  await expect(dialog).toBeHidden();

  // The meeting after the skipped one has every open item, and nothing that was closed.
  await openSection(page, '1:1s');
  await page.getByRole('link', { name: /^Tue, Mar 17(, 2026)?, 10:00 AM$/ }).click();
  const agenda = page.getByRole('region', { name: 'Agenda' });
  await expect(agenda.getByRole('listitem')).toHaveCount(3);
  await expect(agenda.getByRole('listitem').nth(0)).toContainText('On-call load is too high');
  await expect(agenda.getByRole('listitem').nth(0)).toContainText(/carried from Tue, Mar 3(, 2026)?/);
  await expect(agenda).toContainText('Thank her for the incident write-up');
  await expect(agenda).toContainText('Ask about the team offsite');
  await expect(page.getByRole('region', { name: 'Action items' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Action items' })).toContainText('Draft the rotation RFC');

  // Search the old notes; punctuation is just text.
  await openSection(page, '1:1s');
  await page.getByRole('link', { name: 'Search notes' }).click();
  const search = page.getByLabel('Search', { exact: true });
  for (const junk of ['"unclosed', '*', ':)', 'NEAR(']) {
    await search.fill(junk);
    await expect(page.getByText('0 results')).toBeVisible();
  }
  await search.fill('C++ migration');
  const hit = page.getByRole('listitem').filter({ hasText: 'Shared notes' });
  await expect(hit).toHaveCount(1);
  await expect(hit.locator('mark').first()).toHaveText('C');
  await page.getByLabel('Tag').fill('wellbeing');
  await expect(page.getByText('0 results')).toBeVisible();
  await page.getByLabel('Tag').fill('career');
  await expect(hit).toHaveCount(1);
  await search.fill('workload');
  await expect(page.getByRole('listitem').filter({ hasText: 'Private notes' })).toHaveCount(1);
  await expectAccessible(page);
  await hit
    .or(page.getByRole('listitem').filter({ hasText: 'Private notes' }))
    .getByRole('link')
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '1:1 with Ada Lovelace' })).toBeVisible();
  await expect(page.getByText(/^Tue, Mar 3(, 2026)?, 10:00 AM/)).toBeVisible();
});

test('old notes are read-only after the next 1:1 is held, render Markdown safely, and export without private notes', async ({
  page,
  app,
}) => {
  app.setNow(MONDAY);
  const ada = app.call('people.create', { ...emptyPersonFields, name: 'Ada Lovelace' });
  weeklySeries(app, ada.id, { timeZone: 'UTC' });
  const first = app.call('oneOnOnes.prep', { personId: ada.id }).upcoming!;
  const payloads = [
    '<script>window.__pwned = 1</script>',
    '<img src=x onerror="window.__pwned = 1">',
    '[click me](javascript:window.__pwned=1)',
    '[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '![tracker](https://tracker.example.com/p.png)',
    'Read [the RFC](https://example.com/rfc).',
  ].join('\n\n');
  app.call('oneOnOnes.saveNotes', {
    meetingId: first.id,
    sharedNotes: payloads,
    privateNotes: 'PRIVATE: salary worries',
  });
  const holdOnItsDay = (meeting: { id: string; startsAt: string }) => {
    app.setNow(new Date(meeting.startsAt));
    app.call('oneOnOnes.hold', { meetingId: meeting.id });
  };
  holdOnItsDay(first);
  holdOnItsDay(app.call('oneOnOnes.prep', { personId: ada.id }).upcoming!);
  await page.goto(`http://cairn.localhost/index.html#/one-on-ones/meeting/${first.id}`);

  await expect(page.getByText('Read-only: a later 1:1 has been held.')).toBeVisible();
  await expect(page.getByLabel('Shared notes (Markdown)')).toHaveCount(0);
  const notes = page.getByRole('region', { name: 'Shared notes' });
  await expect(notes).toContainText('<script>window.__pwned = 1</script>');
  await expect(notes.locator('script, img, iframe')).toHaveCount(0);
  // Only https addresses become links (the image's address is shown as a link, not loaded).
  for (const href of await notes.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^https:\/\//);
  }
  await expect(notes.getByText('[click me](javascript:window.__pwned=1)')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.getByRole('region', { name: 'Private notes' })).toContainText('PRIVATE: salary worries');
  await expectAccessible(page);

  // A link opens only after the address is shown; here the user thinks better of it.
  await notes.getByRole('link', { name: 'the RFC' }).click();
  const confirm = page.getByRole('dialog', { name: 'Open this link?' });
  await expect(confirm.getByText('https://example.com/rfc')).toBeVisible();
  await expectAccessible(page);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();

  // Export: shared parts only.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Export shared notes' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('1on1-ada-lovelace-2026-03-03.md');
  const text = await (await file.createReadStream()).toArray();
  const markdown = Buffer.concat(text).toString('utf8');
  expect(markdown).toContain('Read [the RFC](https://example.com/rfc).');
  expect(markdown).not.toContain('PRIVATE');

  // Explicit unlock; the edit afterwards is stamped.
  await page.getByRole('button', { name: 'Unlock to edit' }).click();
  await expect(page.getByText(/Unlocked on .*; not edited since/)).toBeVisible();
  await page.getByLabel('Shared notes (Markdown)').fill('Corrected after the fact.');
  await page.getByLabel('Shared notes (Markdown)').blur();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await page.reload();
  await expect(page.getByText(/last edited after unlocking on/)).toBeVisible();
  await expect(page.getByLabel('Shared notes (Markdown)')).toHaveText('Corrected after the fact.');
});

test('templates are editable and fill an agenda without clobbering carried-over items; the meeting can be moved', async ({
  page,
  app,
}) => {
  app.setNow(MONDAY);
  app.call('settings.update', { timeZone: 'UTC' });
  const ada = app.call('people.create', { ...emptyPersonFields, name: 'Ada Lovelace' });
  app.call('oneOnOnes.saveSeries', {
    personId: ada.id,
    cadence: 'biweekly',
    everyDays: null,
    firstDate: '2026-03-03',
    time: '10:00',
    timeZone: 'UTC',
  });
  const first = app.call('oneOnOnes.prep', { personId: ada.id }).upcoming!;
  addItem(app, first.id, 'agenda', 'them', 'Carried: hiring plan');
  app.call('oneOnOnes.hold', { meetingId: first.id });
  await page.reload();

  await openSection(page, '1:1s');
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Templates' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '1:1 templates' })).toBeVisible();
  await expectAccessible(page);
  // Read first: each template shows its agenda; editing happens in a dialog from its actions menu.
  const careerCard = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Career conversation' }) });
  await expect(careerCard.getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await page.getByRole('button', { name: 'Actions for Career conversation' }).click();
  await page.getByRole('menuitem', { name: 'Edit…' }).click();
  const career = page.getByRole('dialog', { name: 'Edit Career conversation' });
  await expectAccessible(page);
  await career.getByLabel('Agenda items, one per line').fill('Where do you want to grow next?\nWhat would help?');
  await career.getByRole('button', { name: 'Save template' }).click();
  await expect(
    page.getByRole('alertdialog').filter({ hasText: 'Template “Career conversation” saved.' }),
  ).toBeVisible();
  await expect(career).toBeHidden();
  await expect(careerCard.getByRole('listitem')).toHaveText(['Where do you want to grow next?', 'What would help?']);
  // An empty template is refused beside its items, and the dialog stays open with what was typed.
  await page.getByRole('button', { name: 'Actions for Career conversation' }).press('Enter');
  await page.getByRole('menuitem', { name: 'Edit…' }).press('Enter');
  await career.getByLabel('Agenda items, one per line').fill('   ');
  await career.getByRole('button', { name: 'Save template' }).click();
  await expect(career.getByText('Add at least one item.')).toBeVisible();
  await expect(career.getByLabel('Agenda items, one per line')).toBeFocused();
  await expectAccessible(page);
  await career.getByRole('button', { name: 'Cancel' }).click();
  await expect(careerCard.getByRole('listitem')).toHaveCount(2);

  await openSection(page, '1:1s');
  await page.getByRole('link', { name: /^Tue, Mar 17(, 2026)?, 10:00 AM$/ }).click();
  // Keyboard only: open "From a template…" under the agenda, choose the template and apply it.
  await page.getByText('From a template or the question bank').focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Template', { exact: true }).focus();
  await page.getByLabel('Template', { exact: true }).selectOption({ label: 'Career conversation' });
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Apply template' })).toBeFocused();
  await page.keyboard.press('Enter');
  const agenda = page.getByRole('region', { name: 'Agenda' });
  await expect(agenda.getByRole('listitem')).toHaveCount(3);
  await expect(agenda.getByRole('listitem').nth(0)).toContainText('Carried: hiring plan');
  await expect(agenda.getByRole('listitem').nth(1)).toContainText('Where do you want to grow next?');

  // Move it: everything goes along, and the series keeps its rhythm.
  await page.getByLabel('Shared notes (Markdown)').fill('Prepared before the move');
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Move to another day…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Move this 1:1' });
  await expectAccessible(page);
  await fillDate(dialog, 'New date', '2026-03-19');
  await dialog.getByRole('button', { name: 'Move 1:1' }).click();
  await expect(page.getByText(/^Thu, Mar 19(, 2026)?, 10:00 AM/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Agenda' }).getByRole('listitem')).toHaveCount(3);
  await expect(page.getByLabel('Shared notes (Markdown)')).toHaveText('Prepared before the move');
  await page.getByRole('button', { name: 'Mark as held' }).click();
  await page.getByRole('link', { name: 'Prep view' }).click();
  await expect(page.getByText(/^Next 1:1: Tue, Mar 31(, 2026)?, 10:00 AM/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'All 1:1s' })).toContainText(/Moved to Thu, Mar 19(, 2026)?/);
});

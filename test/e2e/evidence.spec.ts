import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import type { TestApp } from '../support/testApp';
import { expect, expectAccessible, test } from './fixtures';
import { weeklySeries } from '../support/oneOnOnes';
import { barePair } from '../support/mentoring';

const person = (name: string, extra: object = {}) => ({
  name,
  preferredName: '',
  pronouns: '',
  title: 'Engineer',
  teamId: null,
  relationship: 'direct_report' as const,
  ladderId: null,
  track: '',
  level: '',
  startDate: null,
  timeZone: null,
  ...extra,
});

function arrange(app: TestApp) {
  const ladder = app.call('ladders.addBuiltIn', { key: 'engineering' });
  const ada = app.call('people.create', person('Ada Lovelace', { ladderId: ladder.id, track: 'ic', level: 'e2' }));
  const sam = app.call('people.create', person('Sam Okafor'));
  const today = new Date().toISOString().slice(0, 10);
  weeklySeries(app, ada.id, { firstDate: today, timeZone: 'UTC' });
  const meeting = app.call('oneOnOnes.prep', { personId: ada.id }).upcoming!;
  const pair = app.call('mentoring.createPair', barePair(sam.id, ada.id, { startDate: today }));
  app.call('mentoring.logSession', {
    pairId: pair.id,
    date: today,
    notes: '',
    takeaways: 'Split the billing RFC into two proposals reviewers can finish.',
    progress: [],
    fit: 'good_fit',
  });
  return { ada, meeting, pair };
}

/** Selects `passage` inside a notes editor from the keyboard, as a user would: to it, then Shift+arrows over it. */
async function selectIn(field: Locator, passage: string) {
  const text = await field.evaluate((el) => [...el.querySelectorAll('.cm-line')].map((l) => l.textContent).join('\n'));
  const start = text.indexOf(passage);
  expect(start).toBeGreaterThanOrEqual(0);
  await field.focus();
  await field.press('Control+Home');
  for (let i = 0; i < start; i++) await field.press('ArrowRight');
  for (let i = 0; i < passage.length; i++) await field.press('Shift+ArrowRight');
}

async function logDialog(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Log evidence' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a passage of 1:1 notes and a mentoring takeaway become evidence that coverage, the assessment form and a promotion draft use, and the shareable draft leaves the private passage out', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  const { ada, meeting, pair } = arrange(app);
  const shared = 'Led the incident review for the checkout outage and wrote the follow-ups.';
  const secret = 'Told me she wants the tech-lead role when it opens.';

  // 1:1 notes: a shared passage logged for two competencies with the shortcut.
  await page.goto(`http://cairn.localhost/index.html#/one-on-ones/meeting/${meeting.id}`);
  const sharedNotes = page.getByLabel('Shared notes (Markdown)');
  await sharedNotes.fill(`Checkout retro.\n\n${shared}\n\nNext: hiring loop.`);
  await selectIn(sharedNotes, shared);
  await page.keyboard.press('Control+Shift+E');
  let dialog = await logDialog(page);
  await expect(dialog.getByLabel('What happened')).toHaveValue(shared);
  await expect(dialog.getByLabel('What happened')).toBeFocused();
  await expect(dialog.getByText('1:1 of')).toBeVisible();
  await dialog.getByLabel('Running in production').check();
  await dialog.getByLabel('Communication').check();
  await dialog.getByLabel('What it shows').fill('Turns incident reviews into concrete fixes');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Log evidence' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Evidence logged for Ada Lovelace.')).toBeVisible();

  // A private passage: marked private, and it cannot be unmarked.
  const privateNotes = page.getByLabel('Private notes (Markdown)');
  await privateNotes.fill(secret);
  await selectIn(privateNotes, 'wants the tech-lead role');
  await page.keyboard.press('Control+Shift+E');
  dialog = await logDialog(page);
  await expect(dialog.getByLabel('Private')).toBeChecked();
  await expect(dialog.getByLabel('Private')).toBeDisabled();
  // Nothing ticked for a person on a ladder is allowed; no text is not.
  await dialog.getByLabel('What happened').fill('   ');
  await dialog.getByRole('button', { name: 'Log evidence' }).click();
  await expect(dialog.getByText('What happened is required: fill it in.')).toBeVisible();
  await dialog.getByLabel('What happened').fill(secret);
  await dialog.getByLabel('Ownership').check();
  await dialog.getByRole('button', { name: 'Log evidence' }).click();
  await expect(dialog).toBeHidden();

  // A mentoring takeaway, from the pair's page.
  await page.goto(`http://cairn.localhost/index.html#/mentoring/pairs/${pair.id}`);
  await page.getByRole('button', { name: /^Actions for the session of / }).click();
  await page.getByRole('menuitem', { name: 'Log as evidence…' }).click();
  dialog = await logDialog(page);
  await expect(dialog.getByLabel('What happened')).toHaveValue(/billing RFC/);
  await expect(dialog.getByText('Mentoring session of')).toBeVisible();
  await dialog.getByLabel('Scope and planning').check();
  await dialog.getByRole('button', { name: 'Log evidence' }).click();
  await expect(dialog).toBeHidden();

  // The person page: the timeline and the gap for the next level.
  await page.goto(`http://cairn.localhost/index.html#/people/${ada.id}`);
  const section = page.getByRole('region', { name: 'Evidence' });
  const timeline = section.getByRole('list', { name: 'Evidence timeline' });
  await expect(timeline.getByRole('listitem')).toHaveCount(3);
  await expect(timeline.getByText('Private', { exact: true })).toHaveCount(1);
  const seniorGaps = section.getByRole('list', { name: 'No evidence for Senior engineer' });
  await expect(seniorGaps.getByRole('listitem').filter({ hasText: 'Growing others' })).toContainText(
    'nothing logged yet',
  );
  await expect(seniorGaps.getByText('Running in production')).toHaveCount(0);
  await section.getByLabel('Competency').selectOption({ label: 'Communication' });
  await expect(timeline.getByRole('listitem')).toHaveCount(1);
  await section.getByLabel('Competency').selectOption({ label: 'All' });
  await section.getByLabel('Search evidence').fill('billing');
  await expect(timeline.getByRole('listitem')).toHaveCount(1);
  await expect(timeline).toContainText('billing RFC');
  await section.getByLabel('Search evidence').fill('');
  await expectAccessible(page);

  // The assessment form offers what was logged, attached with one action.
  await page.getByRole('link', { name: 'New assessment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Assess Ada Lovelace' })).toBeVisible();
  const offer = page.getByRole('list', { name: 'Logged evidence for Running in production' });
  await expect(offer).toContainText('checkout outage');
  await offer.getByRole('button', { name: 'Attach to Running in production' }).click();
  await expect(page.getByLabel('Evidence 1')).toHaveValue(/checkout outage/);
  await expect(offer.getByText('Attached')).toBeVisible();
  await expectAccessible(page);

  // The promotion draft cites both sources; the shareable one leaves the private passage out.
  await page.goto(`http://cairn.localhost/index.html#/people/${ada.id}`);
  await page.getByRole('link', { name: 'Draft promotion case' }).click();
  const draft = page.getByLabel('Draft (Markdown, yours to edit)');
  await expect(draft).toHaveValue(/# Promotion case for Ada Lovelace: Senior engineer/);
  // Named in words a reader outside Cairn follows: no in-app address, no id.
  await expect(draft).toHaveValue(/checkout outage.*\(1:1 with Ada Lovelace on [^()]+\)/);
  await expect(draft).toHaveValue(/billing RFC.*\(Mentoring session of [^()]+ \(with Sam Okafor\)\)/);
  await expect(draft).not.toHaveValue(new RegExp(`${meeting.id}|${pair.id}|\\]\\(`));
  await expect(draft).toHaveValue(/tech-lead role.*\(private\)/);
  await expect(draft).toHaveValue(/## Gaps[\s\S]*- Growing others: no evidence in this period/);
  await expectAccessible(page);
  await page.getByLabel(/To share/).check();
  await expect(
    page.getByRole('status').filter({ hasText: 'Left out of this shareable draft: 1 private entry' }),
  ).toBeVisible();
  await expect(draft).not.toHaveValue(/tech-lead/);
  await expect(draft).toHaveValue(/checkout outage/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as Markdown' }).click();
  const file = await readFile((await (await download).path())!, 'utf8');
  expect(file).toContain('checkout outage');
  expect(file).toContain('Left out: 1 private entry');
  expect(file).not.toContain('tech-lead');

  // Both themes pass axe.
  app.call('settings.update', { theme: 'dark' });
  await page.goto(`http://cairn.localhost/index.html#/people/${ada.id}`);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('list', { name: 'Evidence timeline' }).getByRole('listitem')).toHaveCount(3);
  await expectAccessible(page);
});

test('"Log evidence for …" in the palette logs typed evidence from any screen', async ({ page, app }) => {
  const { ada } = arrange(app);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await page.keyboard.press('Control+K');
  await page.keyboard.type('Ada');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('option', { name: 'Log evidence for Ada Lovelace…' }).click();
  const dialog = await logDialog(page);
  await expect(dialog.getByText('observed directly')).toBeVisible();
  await dialog.getByLabel('What happened').fill('Ran the team offsite agenda');
  await dialog.getByLabel('Growing others').check();
  await dialog.getByRole('button', { name: 'Log evidence' }).click();
  await expect(dialog).toBeHidden();
  expect(app.call('evidence.list', { personId: ada.id }).entries.map((e) => e.happened)).toEqual([
    'Ran the team offsite agenda',
  ]);
});

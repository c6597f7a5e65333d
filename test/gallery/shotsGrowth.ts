import type { Page } from '@playwright/test';
import type { Shot } from './shots';
import { button, chooseAndWaitForDialog, clickAndWaitForDialog, openMenu, submitAndWaitForErrors } from './steps';

/** A competency's menu in the ladder matrix: the way to edit a cell or remove the competency. */
const competencyMenu = (page: Page) => button(page, /^Actions for /);

/** A small ladder file in Cairn's CSV matrix, read as a user would drop it. */
const ladderCsv = (text: string) => ({ name: 'platform-ladder.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });

/** Edits a cell of a ladder the sample's assessments use, which makes version 2. */
async function saveVersion2(page: Page): Promise<void> {
  await competencyMenu(page).click();
  await page.getByRole('menuitem').first().click();
  const dialog = page.getByRole('dialog').first();
  await dialog.getByLabel('Expectation').fill('Writes working, tested code for well-described tasks.');
  await dialog.getByRole('button', { name: 'Save expectation' }).click();
  await page.getByRole('button', { name: 'What changed in version 2' }).waitFor();
  await page.getByRole('alertdialog').waitFor();
}

/** Ladders, assessments and mentoring, in the sidebar's order. */
export const growthShots: Shot[] = [
  { name: 'ladders', path: () => '/ladders' },
  { name: 'ladder', path: (r) => `/ladders/${r.ladderId}` },
  { name: 'ladder-more-menu', path: (r) => `/ladders/${r.ladderId}`, open: (p) => openMenu(p, 'More') },
  {
    name: 'ladder-rename-dialog',
    path: (r) => `/ladders/${r.ladderId}`,
    open: (p) => chooseAndWaitForDialog(p, 'More', 'Rename…'),
  },
  {
    name: 'ladder-level-dialog',
    path: (r) => `/ladders/${r.ladderId}`,
    open: (p) => chooseAndWaitForDialog(p, 'More', 'Add level…'),
  },
  {
    name: 'ladder-competency-dialog',
    path: (r) => `/ladders/${r.ladderId}`,
    open: (p) => clickAndWaitForDialog(p, 'Add competency…'),
  },
  {
    // Choosing "A new area…" brings the field that names it.
    name: 'ladder-competency-dialog-new-area',
    path: (r) => `/ladders/${r.ladderId}`,
    open: async (page) => {
      await clickAndWaitForDialog(page, 'Add competency…');
      await page.getByRole('dialog').getByLabel('Area').selectOption('');
      await page.getByRole('dialog').getByLabel('New area name (required)').waitFor();
    },
  },
  {
    name: 'ladder-delete-dialog',
    path: (r) => `/ladders/${r.ladderId}`,
    open: (p) => chooseAndWaitForDialog(p, 'More', 'Delete ladder…'),
  },
  {
    name: 'ladder-competency-actions',
    path: (r) => `/ladders/${r.ladderId}`,
    open: (p) => openMenu(p, /^Actions for /),
  },
  {
    name: 'ladder-cell-dialog',
    path: (r) => `/ladders/${r.ladderId}`,
    open: async (page) => {
      await competencyMenu(page).click();
      await page.getByRole('menuitem').first().click();
      await page.getByRole('dialog').first().waitFor();
    },
  },
  {
    name: 'ladder-remove-competency-dialog',
    path: (r) => `/ladders/${r.ladderId}`,
    open: async (page) => {
      await competencyMenu(page).click();
      await page.getByRole('menuitem', { name: 'Remove competency…' }).click();
      await page.getByRole('dialog').first().waitFor();
    },
  },
  {
    // The sample's assessments keep version 1, so a saved change makes version 2; what changed opens from the toolbar.
    name: 'ladder-version-2',
    path: (r) => `/ladders/${r.ladderId}`,
    open: saveVersion2,
  },
  {
    name: 'ladder-version-diff-dialog',
    path: (r) => `/ladders/${r.ladderId}`,
    open: async (page) => {
      await saveVersion2(page);
      await clickAndWaitForDialog(page, 'What changed in version 2');
      await page.getByRole('list', { name: 'Changes' }).waitFor();
    },
  },
  {
    // An earlier version reads as such: no edit actions, and the toolbar says what changed after it.
    name: 'ladder-earlier-version',
    path: (r) => `/ladders/${r.ladderId}`,
    open: async (page) => {
      await saveVersion2(page);
      await page.getByLabel('Version', { exact: true }).selectOption({ index: 0 });
      await page.getByText(/earlier version, read only/).waitFor();
    },
  },
  // Opened from Amara's page: her level and the next one are marked, and scrolled into view.
  { name: 'ladder-for-person', path: (r) => `/ladders/${r.ladderId}/for/${r.personId}` },
  {
    name: 'ladder-two-levels',
    path: (r) => `/ladders/${r.ladderId}/for/${r.personId}`,
    open: async (page) => {
      const shown = page.getByLabel('Levels shown');
      const pair = await shown.locator('option').nth(2).getAttribute('value');
      await shown.selectOption(pair!);
    },
  },
  { name: 'ladder-import', path: () => '/ladders/import' },
  {
    name: 'ladder-import-preview',
    path: () => '/ladders/import',
    open: async (page) => {
      await page.getByLabel('Ladder file').setInputFiles('test/fixtures/ladders/ft-engineering.yml');
      await page.getByRole('heading', { name: /^Preview/ }).waitFor();
    },
  },
  {
    name: 'ladder-import-problems',
    path: () => '/ladders/import',
    open: async (page) => {
      await page
        .getByLabel('Ladder file')
        .setInputFiles(ladderCsv('Competency,Engineer,Senior\nCode,"Writes code\nCode,Reviews,\n'));
      await page.getByRole('region', { name: /problem/ }).waitFor();
    },
  },
  { name: 'assessment', path: (r) => `/assessments/${r.assessmentId}` },
  {
    name: 'assessment-delete-dialog',
    path: (r) => `/assessments/${r.assessmentId}`,
    open: (p) => chooseAndWaitForDialog(p, 'More', 'Delete assessment…'),
  },
  { name: 'assessment-more-menu', path: (r) => `/assessments/${r.assessmentId}`, open: (p) => openMenu(p, 'More') },
  { name: 'assessment-edit', path: (r) => `/assessments/${r.assessmentId}/edit` },
  {
    // Evidence that backs no competency: the form says so beside the evidence, and keeps its place.
    name: 'assessment-new-errors',
    path: (r) => `/assessments/new/${r.personId}`,
    open: async (page) => {
      await button(page, 'Add evidence').click();
      await page.getByLabel('Evidence 1').fill('Led the checkout incident review.');
      await submitAndWaitForErrors(page, 'Save assessment');
      await page.getByText('Link the evidence to at least one competency.').scrollIntoViewIfNeeded();
    },
  },
  { name: 'assessment-new', path: (r) => `/assessments/new/${r.personId}` },
  {
    name: 'assessment-compare',
    path: (r) => `/people/${r.personId}`,
    open: async (page) => {
      await page.getByText('Compare assessments', { exact: true }).click();
      await page
        .getByRole('table', { name: /^Ratings of / })
        .first()
        .scrollIntoViewIfNeeded();
    },
  },
  { name: 'mentoring', path: () => '/mentoring' },
  { name: 'mentoring-more-menu', path: () => '/mentoring', open: (p) => openMenu(p, 'More') },
  { name: 'mentoring-pair', path: (r) => `/mentoring/pairs/${r.pairId}` },
  { name: 'mentoring-pair-more-menu', path: (r) => `/mentoring/pairs/${r.pairId}`, open: (p) => openMenu(p, 'More') },
  {
    name: 'mentoring-pair-log-session-dialog',
    path: (r) => `/mentoring/pairs/${r.pairId}`,
    open: (p) => clickAndWaitForDialog(p, 'Log session…'),
  },
  {
    // One quiet menu per session, instead of links under every one.
    name: 'mentoring-pair-session-actions',
    path: (r) => `/mentoring/pairs/${r.pairId}`,
    open: (p) => openMenu(p, /^Actions for the session of /),
  },
  {
    name: 'mentoring-pair-delete-session-dialog',
    path: (r) => `/mentoring/pairs/${r.pairId}`,
    open: (p) => chooseAndWaitForDialog(p, /^Actions for the session of /, 'Delete session…'),
  },
  {
    name: 'mentoring-pair-end-dialog',
    path: (r) => `/mentoring/pairs/${r.pairId}`,
    open: (p) => chooseAndWaitForDialog(p, 'More', 'End pair…'),
  },
  { name: 'mentoring-pair-new', path: () => '/mentoring/pairs/new' },
  {
    name: 'mentoring-pair-new-errors',
    path: () => '/mentoring/pairs/new',
    open: (p) => submitAndWaitForErrors(p, 'Add pair'),
  },
  { name: 'mentoring-pair-edit', path: (r) => `/mentoring/pairs/${r.pairId}/edit` },
  // Amara: no mentor fits, so the empty state; the next shot shows a ranked list.
  { name: 'mentoring-suggest', path: (r) => `/mentoring/suggest/${r.personId}` },
  { name: 'mentoring-suggest-results', path: (r) => `/mentoring/suggest/${r.waitingMenteeId}` },
  { name: 'mentoring-group', path: () => '/mentoring/group' },
  { name: 'mentoring-preferences', path: () => '/mentoring/preferences' },
  {
    name: 'mentoring-preferences-dialog',
    path: () => '/mentoring/preferences',
    open: (p) => clickAndWaitForDialog(p, 'Add preferences…'),
  },
  {
    name: 'mentoring-preferences-import-dialog',
    path: () => '/mentoring/preferences',
    open: (p) => clickAndWaitForDialog(p, 'Import from CSV…'),
  },
];

import type { Page } from '@playwright/test';
import type { SampleRecords } from './sampleRecords';

/**
 * One picture in the gallery: a screen reached by its address, and for a dialog or a
 * menu, what a user does on that screen to open it. `name` is the file name and the test
 * title, so `npm run screenshots -- --grep meeting` takes every meeting picture.
 */
export interface Shot {
  name: string;
  path: (r: SampleRecords) => string;
  /** Opens the dialog or state to show, once the screen is up. */
  open?: (page: Page) => Promise<void>;
}

const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name }).first();

async function clickAndWaitForDialog(page: Page, name: string | RegExp): Promise<void> {
  await button(page, name).click();
  await page.getByRole('dialog').first().waitFor();
}

/** A dialog opened from a menu of the screen (its More, a row's Actions), e.g. More → Erase candidate…. */
async function chooseAndWaitForDialog(page: Page, menu: string | RegExp, item: string | RegExp): Promise<void> {
  await button(page, menu).click();
  await page.getByRole('menuitem', { name: item }).click();
  await page.getByRole('dialog').first().waitFor();
}

/** A menu of the screen (its More, a row's Actions) left open. */
async function openMenu(page: Page, menu: string | RegExp): Promise<void> {
  await button(page, menu).click();
  await page.getByRole('menu').waitFor();
}

/** Screens with the sample team loaded, in the sidebar's order. */
export const screenShots: Shot[] = [
  { name: 'home', path: () => '/' },
  {
    name: 'home-palette',
    path: () => '/',
    open: async (page) => {
      await page.keyboard.press('Control+K');
      await page.getByRole('dialog').first().waitFor();
    },
  },
  {
    // What a manager sees once they type: people, notes and commands that match.
    name: 'home-palette-results',
    path: () => '/',
    open: async (page) => {
      await page.keyboard.press('Control+K');
      await page.getByRole('combobox').first().fill('Amara');
      await page
        .getByRole('option', { name: /^Amara Osei/ })
        .first()
        .waitFor();
    },
  },
  {
    name: 'home-next-time-dialog',
    path: () => '/',
    open: async (page) => {
      await page.keyboard.press('Control+Shift+Y');
      await page.getByRole('dialog').first().waitFor();
    },
  },
  { name: 'people', path: () => '/people' },
  { name: 'person', path: (r) => `/people/${r.personId}` },
  { name: 'person-more-menu', path: (r) => `/people/${r.personId}`, open: (p) => openMenu(p, 'More') },
  {
    name: 'person-erase-dialog',
    path: (r) => `/people/${r.personId}`,
    open: (p) => chooseAndWaitForDialog(p, 'More', 'Erase…'),
  },
  {
    name: 'person-goal-dialog',
    path: (r) => `/people/${r.personId}`,
    open: (p) => clickAndWaitForDialog(p, 'Add goal'),
  },
  {
    name: 'person-goal-dialog-calendar',
    path: (r) => `/people/${r.personId}`,
    open: async (page) => {
      await clickAndWaitForDialog(page, 'Add goal');
      await page.getByRole('button', { name: 'Choose due date from a calendar' }).click();
      await page.getByRole('grid').first().waitFor();
    },
  },
  {
    name: 'person-goal-check-in',
    path: (r) => `/people/${r.personId}`,
    open: async (page) => {
      await button(page, /^Check in on/).click();
      await page
        .getByRole('form', { name: /^Check in on/ })
        .first()
        .waitFor();
    },
  },
  {
    name: 'person-evidence',
    path: (r) => `/people/${r.personId}`,
    open: async (page) => {
      await page.getByRole('region', { name: 'Evidence' }).scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'person-evidence-log-dialog',
    path: (r) => `/people/${r.personId}`,
    open: (p) => clickAndWaitForDialog(p, 'Log evidence'),
  },
  {
    name: 'person-evidence-edit-dialog',
    path: (r) => `/people/${r.personId}`,
    open: (p) => clickAndWaitForDialog(p, /^Edit evidence of/),
  },
  {
    name: 'person-draft-promotion',
    path: (r) => `/people/${r.personId}/draft/promotion`,
    open: async (page) => {
      await page.getByLabel(/To share/).check();
      await page.getByRole('status').filter({ hasText: 'Left out' }).waitFor();
    },
  },
  { name: 'person-draft-review', path: (r) => `/people/${r.personId}/draft/review` },
  { name: 'person-new', path: () => '/people/new' },
  { name: 'person-edit', path: (r) => `/people/${r.personId}/edit` },
  { name: 'teams', path: () => '/teams' },
  { name: 'teams-new-dialog', path: () => '/teams', open: (p) => clickAndWaitForDialog(p, 'New team…') },
  {
    name: 'teams-delete-dialog',
    path: () => '/teams',
    open: (p) => chooseAndWaitForDialog(p, /^Actions for /, 'Delete…'),
  },
  {
    name: 'teams-edit-dialog',
    path: () => '/teams',
    open: (p) => chooseAndWaitForDialog(p, /^Actions for /, 'Edit…'),
  },
  { name: 'one-on-ones', path: () => '/one-on-ones' },
  { name: 'one-on-ones-more-menu', path: () => '/one-on-ones', open: (p) => openMenu(p, 'More') },
  { name: 'one-on-ones-prep', path: (r) => `/one-on-ones/person/${r.personId}` },
  // A person with no 1:1s yet: the prep page opens on the form that sets the series up.
  { name: 'one-on-ones-prep-new-series', path: (r) => `/one-on-ones/person/${r.unscheduledPersonId}` },
  {
    // The series form with a monthly cadence: the 'Each month' choice and both clocks.
    name: 'one-on-ones-prep-series-monthly',
    path: (r) => `/one-on-ones/person/${r.personId}`,
    open: async (page) => {
      await button(page, 'More').click();
      await page.getByRole('menuitem', { name: 'Edit series' }).click();
      await page.getByLabel('Cadence (required)').selectOption('monthly');
      await page.getByLabel('Each month (required)').waitFor();
    },
  },
  // The notes editor loads in a chunk of its own after the screen: wait for it.
  {
    name: 'one-on-ones-meeting',
    path: (r) => `/one-on-ones/meeting/${r.upcomingMeetingId}`,
    open: (p) => p.getByLabel('Private notes (Markdown)').waitFor(),
  },
  {
    name: 'one-on-ones-meeting-move-dialog',
    path: (r) => `/one-on-ones/meeting/${r.upcomingMeetingId}`,
    open: (p) => chooseAndWaitForDialog(p, 'More', /^Move/),
  },
  {
    name: 'one-on-ones-meeting-more-menu',
    path: (r) => `/one-on-ones/meeting/${r.upcomingMeetingId}`,
    open: (p) => openMenu(p, 'More'),
  },
  {
    name: 'one-on-ones-meeting-shortcuts-dialog',
    path: (r) => `/one-on-ones/meeting/${r.upcomingMeetingId}`,
    open: (p) => chooseAndWaitForDialog(p, 'More', 'Keyboard shortcuts'),
  },
  {
    name: 'one-on-ones-meeting-held',
    path: (r) => `/one-on-ones/meeting/${r.heldMeetingId}`,
    open: (p) => p.getByLabel('Private notes (Markdown)').waitFor(),
  },
  {
    name: 'one-on-ones-meeting-log-evidence-dialog',
    path: (r) => `/one-on-ones/meeting/${r.upcomingMeetingId}`,
    open: async (page) => {
      await page.getByLabel('Shared notes (Markdown)').fill('Ran the checkout retro and wrote the follow-ups.');
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Control+Shift+E');
      await page.getByRole('dialog').first().waitFor();
    },
  },
  {
    name: 'one-on-ones-search',
    path: () => '/one-on-ones/search',
    open: async (page) => {
      await page.getByRole('searchbox').first().fill('Madrid');
    },
  },
  { name: 'one-on-ones-templates', path: () => '/one-on-ones/templates' },
  {
    name: 'one-on-ones-templates-new-dialog',
    path: () => '/one-on-ones/templates',
    open: (p) => clickAndWaitForDialog(p, 'New template…'),
  },
  {
    name: 'one-on-ones-templates-edit-dialog',
    path: () => '/one-on-ones/templates',
    open: (p) => chooseAndWaitForDialog(p, /^Actions for /, 'Edit…'),
  },
  { name: 'one-on-ones-questions', path: () => '/one-on-ones/questions' },
  {
    name: 'one-on-ones-questions-edit-dialog',
    path: () => '/one-on-ones/questions',
    open: (p) => chooseAndWaitForDialog(p, /^Actions for /, 'Edit…'),
  },
  {
    name: 'one-on-ones-import-calendar',
    path: () => '/one-on-ones/import-calendar',
    open: async (page) => {
      await page.getByLabel('Calendar file (.ics)').setInputFiles('test/fixtures/calendars/ours/google-1on1s.ics');
      await page.getByRole('table', { name: /Found/ }).waitFor();
    },
  },
  { name: 'ladders', path: () => '/ladders' },
  { name: 'ladder', path: (r) => `/ladders/${r.ladderId}` },
  {
    name: 'ladder-rename-dialog',
    path: (r) => `/ladders/${r.ladderId}`,
    open: (p) => chooseAndWaitForDialog(p, 'More', 'Rename…'),
  },
  {
    name: 'ladder-competency-dialog',
    path: (r) => `/ladders/${r.ladderId}`,
    open: (p) => clickAndWaitForDialog(p, 'Add competency…'),
  },
  {
    name: 'ladder-delete-dialog',
    path: (r) => `/ladders/${r.ladderId}`,
    open: (p) => chooseAndWaitForDialog(p, 'More', 'Delete ladder…'),
  },
  {
    name: 'ladder-competency-actions',
    path: (r) => `/ladders/${r.ladderId}`,
    open: async (page) => {
      await button(page, /^Actions for /).click();
      await page.getByRole('menu').waitFor();
    },
  },
  { name: 'ladder-import', path: () => '/ladders/import' },
  { name: 'assessment', path: (r) => `/assessments/${r.assessmentId}` },
  { name: 'assessment-edit', path: (r) => `/assessments/${r.assessmentId}/edit` },
  { name: 'assessment-new', path: (r) => `/assessments/new/${r.personId}` },
  {
    name: 'assessment-compare',
    path: (r) => `/people/${r.personId}`,
    open: async (page) => {
      await page
        .getByRole('table', { name: /^Ratings of / })
        .first()
        .scrollIntoViewIfNeeded();
    },
  },
  { name: 'mentoring', path: () => '/mentoring' },
  { name: 'mentoring-pair', path: (r) => `/mentoring/pairs/${r.pairId}` },
  {
    name: 'mentoring-pair-end-dialog',
    path: (r) => `/mentoring/pairs/${r.pairId}`,
    open: (p) => chooseAndWaitForDialog(p, 'More', 'End pair…'),
  },
  { name: 'mentoring-pair-new', path: () => '/mentoring/pairs/new' },
  { name: 'mentoring-pair-edit', path: (r) => `/mentoring/pairs/${r.pairId}/edit` },
  { name: 'mentoring-suggest', path: (r) => `/mentoring/suggest/${r.personId}` },
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
  { name: 'interviews', path: () => '/interviews' },
  {
    name: 'interviews-new-role-dialog',
    path: () => '/interviews',
    open: async (page) => {
      await clickAndWaitForDialog(page, 'New role…');
      await page.getByRole('button', { name: 'Add competency' }).click();
    },
  },
  {
    name: 'interviews-panel-member-dialog',
    path: () => '/interviews',
    open: (p) => clickAndWaitForDialog(p, 'Add panel member…'),
  },
  {
    name: 'interviews-panel-settings-dialog',
    path: () => '/interviews',
    open: (p) => clickAndWaitForDialog(p, 'Panel settings…'),
  },
  { name: 'interviews-role', path: (r) => `/interviews/roles/${r.roleId}` },
  {
    name: 'interviews-role-new-candidate-dialog',
    path: (r) => `/interviews/roles/${r.roleId}`,
    open: (p) => clickAndWaitForDialog(p, 'New candidate…'),
  },
  {
    name: 'interviews-role-edit-dialog',
    path: (r) => `/interviews/roles/${r.roleId}`,
    open: (p) => chooseAndWaitForDialog(p, 'More', 'Edit role…'),
  },
  { name: 'interviews-kit-new', path: (r) => `/interviews/roles/${r.roleId}/kits/new` },
  { name: 'interviews-kit-edit', path: (r) => `/interviews/kits/${r.kitId}/edit` },
  { name: 'interviews-candidate', path: (r) => `/interviews/candidates/${r.candidateId}` },
  {
    name: 'interviews-candidate-edit-dialog',
    path: (r) => `/interviews/candidates/${r.candidateId}`,
    open: (p) => clickAndWaitForDialog(p, 'Edit details…'),
  },
  {
    name: 'interviews-candidate-import-dialog',
    path: (r) => `/interviews/candidates/${r.candidateId}`,
    open: (p) => clickAndWaitForDialog(p, /^Import scorecard/),
  },
  {
    name: 'interviews-candidate-erase-dialog',
    path: (r) => `/interviews/candidates/${r.candidateId}`,
    open: (p) => chooseAndWaitForDialog(p, 'More', 'Erase candidate…'),
  },
  { name: 'interviews-scorecard', path: (r) => `/interviews/scorecards/${r.scorecardId}` },
  { name: 'interviews-debrief', path: (r) => `/interviews/candidates/${r.candidateId}/debrief/${r.kitId}` },
  { name: 'interviews-calibration', path: () => '/interviews/calibration' },
  { name: 'settings', path: () => '/settings' },
  {
    name: 'settings-my-time-zone',
    path: () => '/settings',
    open: async (page) => {
      await page.getByRole('checkbox', { name: /Follow this computer/ }).uncheck();
      await page.getByRole('combobox', { name: 'Show times in' }).fill('Kolk');
      await page.getByRole('option', { name: /Kolkata/ }).waitFor();
    },
  },
  {
    name: 'settings-restore-dialog',
    path: () => '/settings',
    open: async (page) => {
      await button(page, 'Back up now').click();
      await clickAndWaitForDialog(page, /^Restore/);
    },
  },
  {
    name: 'settings-remove-sample-dialog',
    path: () => '/settings',
    open: (p) => clickAndWaitForDialog(p, 'Remove sample team'),
  },
  { name: 'not-found', path: () => '/no-such-page' },
];

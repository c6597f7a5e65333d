import type { Page } from '@playwright/test';
import type { SampleRecords } from './sampleRecords';
import { growthShots } from './shotsGrowth';
import { interviewShots } from './shotsInterviews';
import { button, chooseAndWaitForDialog, clickAndWaitForDialog, openMenu } from './steps';

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
  { name: 'teams-actions-menu', path: () => '/teams', open: (p) => openMenu(p, /^Actions for /) },
  { name: 'one-on-ones', path: () => '/one-on-ones' },
  { name: 'one-on-ones-more-menu', path: () => '/one-on-ones', open: (p) => openMenu(p, 'More') },
  { name: 'one-on-ones-prep', path: (r) => `/one-on-ones/person/${r.personId}` },
  {
    name: 'one-on-ones-prep-more-menu',
    path: (r) => `/one-on-ones/person/${r.personId}`,
    open: (p) => openMenu(p, 'More'),
  },
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
    // A link in the notes opens only once the manager has seen where it goes.
    name: 'one-on-ones-meeting-link-dialog',
    path: (r) => `/one-on-ones/meeting/${r.upcomingMeetingId}`,
    open: async (page) => {
      await page.getByLabel('Shared notes (Markdown)').fill('Retro notes: https://example.com/checkout-retro');
      await button(page, /Preview/).click();
      await page.getByRole('link', { name: 'https://example.com/checkout-retro' }).click();
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
    // A bank with two problems: each says its line (and column), what is wrong and what to do.
    name: 'one-on-ones-questions-import-problems',
    path: () => '/one-on-ones/questions',
    open: async (page) => {
      await clickAndWaitForDialog(page, 'Import questions…');
      await page
        .getByRole('dialog')
        .getByLabel('Question file')
        .setInputFiles({
          name: 'team-questions.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from('category,question\nteam,What should we stop doing?\ndelivery,\n'),
        });
      await page.getByRole('dialog').getByRole('alert').waitFor();
    },
  },
  {
    name: 'one-on-ones-import-calendar',
    path: () => '/one-on-ones/import-calendar',
    open: async (page) => {
      await page.getByLabel('Calendar file (.ics)').setInputFiles('test/fixtures/calendars/ours/google-1on1s.ics');
      await page.getByRole('table', { name: /Found/ }).waitFor();
    },
  },
  ...growthShots,
  ...interviewShots,
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
    name: 'settings-backup-toast',
    path: () => '/settings',
    open: async (page) => {
      await button(page, 'Back up now').click();
      await page.getByRole('region', { name: 'Notifications' }).getByRole('alertdialog').waitFor();
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

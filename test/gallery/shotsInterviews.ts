import type { Shot } from './shots';
import { chooseAndWaitForDialog, clickAndWaitForDialog, openMenu, submitAndWaitForErrors } from './steps';

/** Interviews: roles, kits, candidates, scorecards, debrief and calibration. */
export const interviewShots: Shot[] = [
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
    name: 'interviews-new-role-dialog-errors',
    path: () => '/interviews',
    open: async (page) => {
      await clickAndWaitForDialog(page, 'New role…');
      await submitAndWaitForErrors(page, 'Add role');
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
  { name: 'interviews-role-more-menu', path: (r) => `/interviews/roles/${r.roleId}`, open: (p) => openMenu(p, 'More') },
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
  {
    name: 'interviews-role-candidate-actions',
    path: (r) => `/interviews/roles/${r.roleId}`,
    open: (p) => openMenu(p, /^Actions for /),
  },
  { name: 'interviews-kit-new', path: (r) => `/interviews/roles/${r.roleId}/kits/new` },
  {
    name: 'interviews-kit-new-errors',
    path: (r) => `/interviews/roles/${r.roleId}/kits/new`,
    open: (p) => submitAndWaitForErrors(p, 'Create kit'),
  },
  { name: 'interviews-kit-edit', path: (r) => `/interviews/kits/${r.kitId}/edit` },
  {
    name: 'interviews-kit-edit-error',
    path: (r) => `/interviews/kits/${r.kitId}/edit`,
    open: async (page) => {
      await page.getByLabel('Stage (required)').fill('');
      await submitAndWaitForErrors(page, 'Save kit');
    },
  },
  { name: 'interviews-candidate', path: (r) => `/interviews/candidates/${r.candidateId}` },
  {
    name: 'interviews-candidate-more-menu',
    path: (r) => `/interviews/candidates/${r.candidateId}`,
    open: (p) => openMenu(p, 'More'),
  },
  {
    name: 'interviews-candidate-add-interviewer',
    path: (r) => `/interviews/candidates/${r.candidateId}`,
    open: (p) => openMenu(p, /^Add interviewer to /),
  },
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
  {
    name: 'interviews-scorecard-amend',
    path: (r) => `/interviews/scorecards/${r.scorecardId}`,
    open: async (page) => {
      await page.getByRole('button', { name: 'Amend…' }).click();
      await page.getByRole('button', { name: 'Save amendment' }).waitFor();
    },
  },
  { name: 'interviews-debrief', path: (r) => `/interviews/candidates/${r.candidateId}/debrief/${r.kitId}` },
  { name: 'interviews-calibration', path: () => '/interviews/calibration' },
];

import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { addCandidate, arrangeMyScorecard, arrangeRole, ratingsFor } from '../support/interviews';
import { createTestApp, type TestApp } from '../support/testApp';
import { APP_URL, expect, expectAccessible, openSection, test } from './fixtures';

const ANCHORS = {
  'System design': [
    'Needs the design handed over',
    'Sketches one path with prompting',
    'Weighs trade-offs unprompted',
    'Designs for failures nobody raised',
  ],
  Collaboration: [
    'Works alone, ignores input',
    'Listens when asked',
    'Builds on others’ ideas',
    'Makes the whole room better',
  ],
} as const;

/** The same role typed into a colleague's own Cairn, their scorecard submitted and exported. */
function colleagueFile(
  name: string,
  candidate: string,
  scores: number[],
  recommendation: 'yes' | 'no' | 'strong_yes',
): string {
  const theirs: TestApp = createTestApp();
  try {
    const { role, kit } = arrangeRole(theirs);
    const self = theirs.call('interviews.createInterviewer', { name, personId: null });
    theirs.call('interviews.updatePrefs', { selfInterviewerId: self.id, retentionDays: 365 });
    const c = addCandidate(theirs, role.id, { name: candidate, stage: 'Onsite' });
    const { scorecardId } = theirs.call('interviews.addToPanel', {
      candidateId: c.id,
      kitId: kit.id,
      interviewerId: self.id,
    });
    theirs.call('interviews.saveScorecard', {
      id: scorecardId,
      ratings: ratingsFor(kit, scores, `${name}'s notes`),
      recommendation,
      submit: true,
    });
    return theirs.call('interviews.exportScorecard', { id: scorecardId }).text;
  } finally {
    theirs.close();
  }
}

async function rate(page: Page, item: keyof typeof ANCHORS, score: number, evidence: string) {
  await page.getByRole('radio', { name: `${score} ${ANCHORS[item][score - 1]}` }).check();
  await page.getByLabel(`Evidence for ${item} (required)`).fill(evidence);
}

test('a manager builds a kit, scores independently, imports a colleague’s file, debriefs the disagreement, decides and calibrates', async ({
  page,
  app,
}) => {
  test.setTimeout(90_000); // one long journey through six screens, on a shared 2-core machine
  const role = app.call('interviews.createRole', {
    title: 'Backend engineer',
    level: 'Senior',
    retentionDays: null,
    competencies: [
      { name: 'System design', description: '', ladderCompetencyId: null },
      { name: 'Collaboration', description: '', ladderCompetencyId: null },
    ],
  });
  const me = app.call('interviews.createInterviewer', { name: 'Me', personId: null });
  app.call('interviews.createInterviewer', { name: 'Bob', personId: null });
  app.call('interviews.updatePrefs', { selfInterviewerId: me.id, retentionDays: 365 });
  addCandidate(app, role.id, { name: 'Cleo Park', stage: 'Onsite', source: 'Referral' });
  const dev = addCandidate(app, role.id, { name: 'Dev Rao', stage: 'Onsite', source: 'Inbound' });
  await page.reload();

  // Build the kit; a missing anchor is refused beside its field.
  await openSection(page, 'Interviews');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Backend engineer' }).click();
  await page.getByRole('link', { name: 'New kit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New interview kit' })).toBeVisible();
  await page.getByLabel('Stage (required)').fill('Onsite');
  await page.getByLabel('Competency for item 1 (required)').selectOption({ label: 'System design' });
  await expect(page.getByLabel('Name of item 1 (required)')).toHaveValue('System design');
  for (const [a, text] of ANCHORS['System design'].entries())
    if (a !== 2) await page.getByLabel(`Item 1, anchor for score ${a + 1} (required)`).fill(text);
  await page.getByRole('button', { name: 'Add focus item' }).click();
  await page.getByLabel('Competency for item 2 (required)').selectOption({ label: 'Collaboration' });
  for (const [a, text] of ANCHORS.Collaboration.entries())
    await page.getByLabel(`Item 2, anchor for score ${a + 1} (required)`).fill(text);
  await page.getByRole('button', { name: 'Add question' }).click();
  await page.getByLabel('Question 1 (required)').fill('Design a rate limiter for a public API.');
  await page.getByLabel('Guidance for question 1').fill('Listen for trade-offs named without prompting.');
  await page.getByRole('button', { name: 'Add part' }).click();
  await page.getByLabel('Part 1 (required)', { exact: true }).fill('Design exercise');
  await page.getByLabel('Minutes for part 1 (required)').fill('45');
  await page.getByRole('button', { name: 'Create kit' }).click();
  const missing = page.getByLabel('Item 1, anchor for score 3 (required)');
  await expect(missing).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Anchor for score 3 is required: fill it in.')).toBeVisible();
  await expect(missing).toBeFocused();
  await expectAccessible(page);
  expect(app.call('interviews.getRole', { id: role.id }).kits).toHaveLength(0);
  await missing.fill(ANCHORS['System design'][2]);
  await page.getByRole('button', { name: 'Create kit' }).click();
  await expect(page.getByRole('alertdialog')).toHaveText('Saved the Onsite kit.');
  const kit = app.call('interviews.getRole', { id: role.id }).kits[0]!;

  // Cleo's panel: me and Bob, from the candidate page.
  await page.getByRole('link', { name: 'Cleo Park' }).click();
  await expectAccessible(page);
  for (const who of ['Me', 'Bob']) {
    await page.getByRole('button', { name: 'Add interviewer to Onsite' }).click();
    await page.getByRole('menuitem', { name: who }).click();
    await expect(page.getByRole('link', { name: `Scorecard of ${who} for Onsite` })).toBeVisible();
  }

  // The debrief is closed while my own scorecard is a draft.
  await page.getByRole('link', { name: 'Open Onsite debrief' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Debrief closed' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Submit your own scorecard first');
  await expect(page.getByText('Bob')).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Back to candidate' }).click();

  // My scorecard, partly by keyboard: the anchors are the choices.
  await page.getByRole('link', { name: 'Scorecard of Me for Onsite' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scorecard: Cleo Park' })).toBeVisible();
  await expect(page.getByText(ANCHORS['System design'][3])).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Strong yes' })).toBeDisabled();
  await page.getByRole('radio', { name: `1 ${ANCHORS['System design'][0]}` }).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: `4 ${ANCHORS['System design'][3]}` })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Evidence for System design (required)')).toBeFocused();
  await page.keyboard.type('Named three failure modes unprompted');
  await page.getByRole('radio', { name: `3 ${ANCHORS.Collaboration[2]}` }).check();
  await page.getByRole('radio', { name: 'Strong yes' }).check();
  await page.getByRole('button', { name: 'Submit scorecard' }).click();
  await expect(page.getByText('write the evidence behind the “Collaboration” score before submitting.')).toBeVisible();
  await expect(page.getByLabel('Evidence for Collaboration (required)')).toBeFocused();
  await expectAccessible(page);
  await page.getByLabel('Evidence for Collaboration (required)').fill('Pulled the quiet interviewer into the design');
  await page.getByRole('button', { name: 'Submit scorecard' }).click();
  await expect(page.getByText('Submitted, locked')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Strong yes' })).toBeDisabled();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Back to candidate' }).click();

  // Bob's paper scorecard, entered by the manager.
  await page.getByRole('link', { name: 'Scorecard of Bob for Onsite' }).click();
  await rate(page, 'System design', 1, 'Could not start without the design given');
  await rate(page, 'Collaboration', 2, 'Answered when asked');
  await page.getByRole('radio', { name: 'Strong no', exact: true }).check();
  await page.getByRole('button', { name: 'Submit scorecard' }).click();
  await expect(page.getByText('Submitted, locked')).toBeVisible();
  await page.getByRole('link', { name: 'Back to candidate' }).click();

  // Cy's file from Cy's own Cairn: a tampered copy is refused, the real one imported.
  const cyFile = colleagueFile('Cy', 'Cleo Park', [3, 3], 'yes');
  await page.getByRole('button', { name: 'Import scorecard for Onsite' }).click();
  const fileInput = page.getByRole('dialog', { name: 'Import a scorecard for Onsite' }).getByLabel('Scorecard file');
  await fileInput.setInputFiles({
    name: 'cy.json',
    mimeType: 'application/json',
    buffer: Buffer.from(cyFile.replace('"score": 3', '"score": 4')),
  });
  await expect(page.getByText('The checksum does not match the contents')).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByRole('link', { name: 'Scorecard of Cy for Onsite' })).toHaveCount(0);
  await fileInput.setInputFiles({ name: 'cy.json', mimeType: 'application/json', buffer: Buffer.from(cyFile) });
  await expect(page.getByRole('alertdialog')).toHaveText("Imported Cy's scorecard.");
  await expect(page.getByText('imported from file')).toBeVisible();

  // The debrief: the disagreement first, the tally, a decision, a Markdown export.
  await page.getByRole('link', { name: 'Open Onsite debrief' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Debrief: Cleo Park' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Disagreements' })).toHaveText(
    'System design: scores two or more points apart',
  );
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toContainText('System design');
  await expect(rows.nth(1)).toContainText('Discuss first');
  await expect(rows.nth(2)).not.toContainText('Discuss first');
  await expect(page.getByRole('list', { name: 'Recommendation tally' })).toContainText('Strong no: 1');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Record decision' }).click();
  await expect(page.getByText('Rationale is required: fill it in.')).toBeVisible();
  await page.getByLabel('Outcome (required)').selectOption({ label: 'Advance to the next stage' });
  await page
    .getByLabel('Rationale (required)')
    .fill("Design gap came from Bob's prompt; the others saw strong design.");
  await page.getByRole('button', { name: 'Record decision' }).click();
  // Once recorded, the decision reads first; changing it is on purpose, and focus waits on that button.
  await expect(page.getByText(/^Advance to the next stage, recorded /)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Change decision…' })).toBeFocused();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  const markdown = await readFile(await (await download).path(), 'utf8');
  expect(markdown).toContain('| System design | 1 | 3 | 4 | 3 ⚑ disagreement |');
  expect(markdown).toContain('**Advance to the next stage**');

  // Dev's panel, arranged: mine, Bob's entered, Cy's imported.
  const add = (name: string) => {
    const interviewer = app.call('interviews.listInterviewers', {}).find((i) => i.name === name)!;
    return app.call('interviews.addToPanel', { candidateId: dev.id, kitId: kit.id, interviewerId: interviewer.id })
      .scorecardId;
  };
  const kitItems = app.call('interviews.getKit', { id: kit.id });
  app.call('interviews.saveScorecard', {
    id: add('Me'),
    ratings: ratingsFor(kitItems, [3, 4]),
    recommendation: 'yes',
    submit: true,
  });
  app.call('interviews.saveScorecard', {
    id: add('Bob'),
    ratings: ratingsFor(kitItems, [2, 2]),
    recommendation: 'no',
    submit: true,
  });
  app.call('interviews.importScorecard', {
    candidateId: dev.id,
    kitId: kit.id,
    text: colleagueFile('Cy', 'Dev Rao', [3, 3], 'yes'),
  });

  // Calibration. Bob against the others, by hand:
  //   Cleo design 1 − (4+3)/2 = −2.5, collaboration 2 − (3+3)/2 = −1,
  //   Dev design 2 − (3+3)/2 = −1, collaboration 2 − (4+3)/2 = −1.5 → mean −6/4 = −1.50
  await openSection(page, 'Interviews');
  await page.getByRole('link', { name: 'Calibration' }).click();
  const bob = page.getByRole('row', { name: /^Bob/ });
  await expect(bob).toContainText('Scores lower than the panel, on too few ratings to be sure');
  await expect(bob).toContainText('−1.50 over 4 ratings');
  await expect(bob.getByRole('cell').nth(3)).toHaveText('50%'); // strong no on one of two
  await expect(
    page.getByRole('region', { name: 'Bob in detail' }).getByRole('row', { name: /^System design/ }),
  ).toContainText('−1.75');
  await expectAccessible(page);
});

test('a work sample is graded blind: the name appears nowhere the grader looks', async ({ page, app }) => {
  const {
    sample,
    candidate: zara,
    scorecardId,
  } = arrangeMyScorecard(app, { name: 'Zara Quill', stage: 'Take-home' }, 'sample');

  await page.goto(`${APP_URL}/index.html#/interviews/scorecards/${scorecardId}`);
  await expect(page.getByRole('heading', { level: 1, name: `Scorecard: Candidate ${zara.alias}` })).toBeVisible();
  await expect(page.getByText('Graded blind')).toBeVisible();
  const blind = async () => {
    const text = await page.locator('body').innerText();
    const html = await page.content();
    for (const part of ['Zara', 'Quill']) {
      expect(text).not.toContain(part);
      expect(html).not.toContain(part);
    }
  };
  await blind();
  await expectAccessible(page);
  await page.getByRole('radio', { name: '3 Solid testing on their own' }).check();
  await page.getByLabel('Evidence for Test coverage (required)').fill('Covered the edge cases');
  await page.getByRole('radio', { name: 'Yes', exact: true }).check();
  await page.getByRole('button', { name: 'Submit scorecard' }).click();
  await expect(page.getByText('Submitted, locked')).toBeVisible();
  await blind();
  await page.goto(`${APP_URL}/index.html#/interviews/candidates/${zara.id}/debrief/${sample.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Debrief: Candidate ${zara.alias}` })).toBeVisible();
  // One grader, every score with its evidence: nothing to raise first, said in a line, not a panel.
  await expect(page.getByText('Nothing stands out to discuss first')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Discuss first' })).toHaveCount(0);
  await blind();
});

test('a candidate past retention is flagged, moved along, then erased without a trace', async ({ page, app }) => {
  const { role, kit } = arrangeRole(app);
  const me = app.call('interviews.createInterviewer', { name: 'Me', personId: null });
  app.setNow(new Date('2024-01-10T10:00:00Z'));
  const old = addCandidate(app, role.id, { name: 'Olive Stale', stage: 'Screen', source: 'Inbound' });
  const { scorecardId } = app.call('interviews.addToPanel', {
    candidateId: old.id,
    kitId: kit.id,
    interviewerId: me.id,
  });
  app.setNow(new Date());
  await page.reload();

  await openSection(page, 'Interviews');
  const due = page.getByRole('list', { name: 'Candidates due for erasure' });
  await expect(due).toContainText('Olive Stale');
  await due.getByRole('link', { name: 'Olive Stale' }).click();
  await expect(page.getByText('Due for erasure')).toBeVisible();

  await page.getByRole('button', { name: 'Edit details…' }).click();
  const details = page.getByRole('dialog', { name: 'Edit Olive Stale' });
  await expect(details.getByLabel('Candidate name (required)')).toBeFocused();
  await details.getByLabel('Stage (required)').fill('Onsite');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByRole('alertdialog')).toHaveText('Candidate saved.');
  await expect(details).toBeHidden();
  await expect(page.getByText('Backend engineer · Onsite')).toBeVisible();

  // A backup made before the erase still holds her: the dialog says so and offers to remove it.
  app.call('backups.create', {});
  app.setNow(new Date(Date.now() + 60_000));
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Erase candidate…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Erase this candidate for good?' });
  await expect(dialog).toContainText('1 backup made before now still holds Olive Stale');
  await expect(dialog).toContainText('1 of them stays until you delete it');
  await expectAccessible(page);
  const erase = dialog.getByRole('button', { name: 'Erase Olive Stale' });
  await expect(erase).toBeDisabled();
  await dialog.getByLabel('Type “Olive Stale” to confirm').fill('Olive Stale');
  await dialog.getByRole('checkbox', { name: /Also delete that backup now/ }).check();
  await erase.click();
  await expect(page.getByRole('alertdialog')).toHaveText('Olive Stale was erased.');
  expect(app.call('backups.holding', { kind: 'candidate', id: old.id }).backups).toEqual([]);
  expect(app.call('backups.list', {})).toHaveLength(1); // the fresh one, made without her
  await expect(page.getByRole('heading', { level: 1, name: 'Backend engineer' })).toBeVisible();
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Edit role…' }).click();
  const roleDialog = page.getByRole('dialog', { name: 'Edit Backend engineer' });
  await roleDialog.getByLabel('Retention (days)').fill('20');
  await roleDialog.getByRole('button', { name: 'Save role' }).click();
  await expect(roleDialog.getByText('Keep candidates for at least 30 days.')).toBeVisible();
  await expect(roleDialog.getByLabel('Retention (days)')).toBeFocused();
  await expectAccessible(page);
  await roleDialog.getByLabel('Retention (days)').fill('90');
  await roleDialog.getByRole('button', { name: 'Save role' }).click();
  await expect(page.getByText('keeps candidate data for 90 days')).toBeVisible();
  await expect(roleDialog).toBeHidden();
  await expectAccessible(page);
  const tables = app.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  for (const table of tables) {
    const dump = JSON.stringify(app.db.prepare(`SELECT * FROM "${table}"`).all());
    for (const needle of [old.id, 'Olive', old.alias, scorecardId])
      expect(dump, `${table} still mentions ${needle}`).not.toContain(needle);
  }
});

test('a new role is added in a dialog: a just-added competency row is not in error, and every click takes effect the first time', async ({
  page,
  app,
}) => {
  await openSection(page, 'Interviews');
  await page.getByRole('button', { name: 'New role…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New role' });
  await expect(dialog.getByLabel('Role title (required)')).toBeVisible();

  // Submitting empty says what to do, beside the fields.
  await dialog.getByRole('button', { name: 'Add role' }).click();
  await expect(dialog.getByText('Role title is required: fill it in.')).toBeVisible();
  await expect(dialog.getByLabel('Competency 1 (required)')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('Add at least one competency to assess.')).toBeVisible();
  // Focus goes to the first problem on screen, the title, not to the competency below it.
  await expect(dialog.getByLabel('Role title (required)')).toBeFocused();
  await expectAccessible(page);

  await dialog.getByLabel('Role title (required)').fill('Staff engineer');
  await dialog.getByLabel('Competency 1 (required)').fill('System design');
  // Straight from a field to the button, once each: each click adds a row, and the new row is not in error.
  await dialog.getByRole('button', { name: 'Add competency' }).click();
  await expect(dialog.getByLabel('Competency 2 (required)')).toBeVisible();
  await dialog.getByRole('button', { name: 'Add competency' }).click();
  await expect(dialog.getByLabel('Competency 3 (required)')).toBeVisible();
  for (const n of [2, 3]) {
    await expect(dialog.getByLabel(`Competency ${n} (required)`)).not.toHaveAttribute('aria-invalid', 'true');
  }
  await expect(dialog.getByRole('alert')).toHaveCount(0);

  // A row left blank is not sent; one click on "Add role" saves it and opens the role.
  await dialog.getByLabel('Competency 2 (required)').fill('Collaboration');
  await dialog.getByRole('button', { name: 'Add role' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Staff engineer/ })).toBeVisible();
  const roles = app.call('interviews.listRoles', {});
  expect(roles.map((r) => [r.title, r.competencies.map((c) => c.name)])).toEqual([
    ['Staff engineer', ['System design', 'Collaboration']],
  ]);
  await expectAccessible(page);
});

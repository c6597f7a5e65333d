import { afterEach, beforeEach, expect, it } from 'vitest';
import { emptyPersonFields } from '#shared/people/model';
import { createTestApp, type TestApp } from '../support/testApp';

/** Imports keep what the file says: ids as text, examples under statements. Our own test file. */
let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});
afterEach(() => app.close());

const ft = `name: Test family
levels:
  - id: 123456789012345678901234567890
    name: Engineer 1
  - id: 0x10
    name: Engineer 2
themes:
  - id: 1e1
    name: Delivery
competencies:
  - level: 123456789012345678901234567890
    theme: 1e1
    summary: Ships small changes safely
    examples:
      - Split a migration into three reversible steps
      - Added a feature flag before the rollout
  - level: 0x10
    theme: 1e1
    summary: Plans a quarter of work
`;

it('a Financial Times file keeps long ids as text and the examples under each statement', () => {
  const preview = app.call('ladders.previewImport', { format: 'ft-yaml', fileName: 'family.yml', text: ft });
  if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
  expect(preview.ladder.levels.map((l) => l.id)).toEqual(['123456789012345678901234567890', '0x10']);
  expect(preview.ladder.competencies.map((c) => c.id)).toEqual(['1e1']);
  expect(preview.ladder.expectations[0]).toMatchObject({
    level: '123456789012345678901234567890',
    text: 'Ships small changes safely',
    examples: ['Split a migration into three reversible steps', 'Added a feature flag before the rollout'],
  });
});

it('the mentoring CSV takes a capacity as a person types it and refuses 0x10 or 1e1 with line and field', () => {
  for (const name of ['Ada Lovelace', 'Bo Chen', 'Cy Park']) app.call('people.create', { ...emptyPersonFields, name });
  const csv = [
    'name,wants,strengths,interests,capacity,manager',
    'Ada Lovelace,mentor,,,0x10,',
    'Bo Chen,mentor,,,1e1,',
    'Cy Park,mentor,,, 3 ,',
  ].join('\n');
  const result = app.call('mentoring.importPreferences', { csv, commit: true });
  expect(result.imported).toBe(0);
  expect(result.errors).toEqual([
    { line: 2, message: 'The capacity “0x10” is not a whole number: write one, such as 2.' },
    { line: 3, message: 'The capacity “1e1” is not a whole number: write one, such as 2.' },
  ]);
});

it('a Financial Times or Monzo file cut short says so, in the file’s own terms', () => {
  const cutFt = ft.slice(0, ft.indexOf('    theme: 1e1\n    summary: Plans'));
  const ftPreview = app.call('ladders.previewImport', { format: 'ft-yaml', fileName: 'family.yml', text: cutFt });
  expect(ftPreview.ok).toBe(false);
  expect(!ftPreview.ok && ftPreview.errors[0]!.message).toMatch(
    /looks cut short: its last competency \(number 2\) stops before its theme, summary/,
  );
  // Only when every other problem lies in that last competency: a mistake earlier is a mistake.
  const mistakeEarlier = cutFt.replace('summary: Ships small changes safely', 'summary: [1, 2]');
  const mistaken = app.call('ladders.previewImport', {
    format: 'ft-yaml',
    fileName: 'family.yml',
    text: mistakeEarlier,
  });
  expect(!mistaken.ok && mistaken.errors.map((e) => e.message).join('\n')).not.toMatch(/cut short/);
  const monzo = '---\ntitle: Backend\nlevels:\n  - name: Engineer 1\n';
  const monzoPreview = app.call('ladders.previewImport', { format: 'monzo-md', fileName: 'backend.md', text: monzo });
  expect(!monzoPreview.ok && monzoPreview.errors[0]!.message).toMatch(/never closed.*looks cut short/);
  expect(!monzoPreview.ok && monzoPreview.errors[0]!.message).not.toMatch(/must start with/);
});

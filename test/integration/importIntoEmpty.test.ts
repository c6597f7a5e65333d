import { expect, it } from 'vitest';
import { emptyPersonFields } from '#shared/people/model';
import { snapshotAllTables } from '../support/dbSnapshot';
import type { TestApp } from '../support/testApp';
import { closedAfterEach } from '../support/testApps';

/** "Import into an empty store" means a store with no change of the user's at all, not merely no rows. */
const start = closedAfterEach();

function anExport(): string {
  const source = start();
  source.call('people.create', { ...emptyPersonFields, name: 'Ada Lovelace' });
  return source.call('data.exportAll', {}).json;
}

it.each([
  [
    'an edited built-in 1:1 template',
    (app: TestApp) => {
      const first = app.call('oneOnOnes.templates', {})[0]!;
      app.call('oneOnOnes.saveTemplate', { id: first.id, name: first.name, items: ['Only my own question'] });
    },
  ],
  [
    'a changed retention period',
    (app: TestApp) => {
      app.call('interviews.updatePrefs', { selfInterviewerId: null, retentionDays: 90 });
    },
  ],
])('refuses to import over a store whose only change is %s', (_what, change) => {
  const json = anExport();
  const target = start();
  change(target);
  const before = snapshotAllTables(target.db);
  const refusal = {
    ok: false,
    error: { code: 'conflict', field: 'json', message: expect.stringContaining('already holds') },
  };
  // The preview refuses as the import does, so the screen never offers an import it would turn down.
  expect(target.send('data.previewImport', { json })).toMatchObject(refusal);
  expect(target.send('data.importAll', { json })).toMatchObject(refusal);
  expect(snapshotAllTables(target.db)).toBe(before);
});

it('still imports into a store nobody has changed', () => {
  const json = anExport();
  const target = start();
  expect(target.call('data.previewImport', { json }).counts).toMatchObject({ people: 1 });
  expect(target.call('data.importAll', { json }).counts).toMatchObject({ people: 1 });
});

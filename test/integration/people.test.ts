import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPersonFields, type PersonFields } from '#shared/people/model';
import { createTestApp, type TestApp } from '../support/testApp';
import { rowCount } from '../support/dbSnapshot';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});
afterEach(() => app.close());

const person = (patch: Partial<PersonFields> = {}): PersonFields => ({
  ...emptyPersonFields,
  name: 'Ada Lovelace',
  ...patch,
});
const count = (table: string) => rowCount(app.db, table);

describe('people', () => {
  it('creates, reads, edits and lists a person with their team', () => {
    const team = app.call('teams.create', { name: 'Platform', description: 'Infra' });
    const created = app.call(
      'people.create',
      person({ teamId: team.id, title: 'Staff engineer', timeZone: 'Europe/London' }),
    );
    expect(created).toMatchObject({ name: 'Ada Lovelace', teamName: 'Platform', status: 'active', leftOn: null });
    const edited = app.call('people.update', { id: created.id, fields: person({ name: 'Ada King', teamId: null }) });
    expect(edited).toMatchObject({ name: 'Ada King', teamId: null, teamName: null });
    expect(app.call('people.get', { id: created.id }).name).toBe('Ada King');
    expect(app.call('people.list', {}).map((p) => p.name)).toEqual(['Ada King']);
  });

  it('trims names and refuses an empty one, a 10 000-character one and an unknown team, changing nothing', () => {
    expect(app.call('people.create', person({ name: '  Grace  ' })).name).toBe('Grace');
    const before = count('people');

    const empty = app.send('people.create', person({ name: '   ' }));
    expect(empty).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Name is required: fill it in.', field: 'name' },
    });

    const long = app.send('people.create', person({ name: 'x'.repeat(10_000) }));
    expect(long.ok).toBe(false);
    expect(!long.ok && long.error).toMatchObject({
      field: 'name',
      message: 'Name must be at most 200 characters: shorten it.',
    });

    const unknownTeam = app.send('people.create', person({ teamId: crypto.randomUUID() }));
    expect(!unknownTeam.ok && unknownTeam.error).toMatchObject({ code: 'invalid_input', field: 'teamId' });

    const extra = app.send('people.create', { ...person(), isAdmin: true });
    expect(!extra.ok && extra.error).toEqual({
      code: 'invalid_input',
      message: 'Unknown field "isAdmin".',
      field: 'isAdmin',
    });

    const badZone = app.send('people.create', person({ timeZone: 'Mars/Olympus' }));
    expect(!badZone.ok && badZone.error).toMatchObject({ field: 'timeZone' });

    const badDate = app.send('people.create', person({ startDate: '2026-02-30' }));
    expect(!badDate.ok && badDate.error).toMatchObject({ field: 'startDate' });

    expect(count('people')).toBe(before);
  });

  it('archives and restores, and filters by status, team, relationship and search', () => {
    const team = app.call('teams.create', { name: 'Apps', description: '' });
    const ada = app.call('people.create', person({ teamId: team.id }));
    app.call('people.create', person({ name: 'Grace Hopper', relationship: 'peer', title: 'Admiral' }));
    app.call('people.create', person({ name: '50% Done', relationship: 'mentee' }));

    app.setNow(new Date('2026-04-01T10:00:00Z'));
    expect(app.call('people.archive', { id: ada.id })).toMatchObject({ status: 'left', leftOn: '2026-04-01' });
    expect(app.call('people.list', {}).map((p) => p.name)).toEqual(['50% Done', 'Grace Hopper']);
    expect(app.call('people.list', { status: 'left' }).map((p) => p.name)).toEqual(['Ada Lovelace']);
    expect(app.call('people.list', { status: 'all', teamId: team.id }).map((p) => p.name)).toEqual(['Ada Lovelace']);
    expect(app.call('people.list', { teamId: null }).map((p) => p.name)).toEqual(['50% Done', 'Grace Hopper']);
    expect(app.call('people.list', { relationship: 'peer' }).map((p) => p.name)).toEqual(['Grace Hopper']);
    expect(app.call('people.list', { search: 'admiral' }).map((p) => p.name)).toEqual(['Grace Hopper']);
    // % is text, not a wildcard
    expect(app.call('people.list', { search: '50%' }).map((p) => p.name)).toEqual(['50% Done']);
    expect(app.call('people.list', { search: '%' }).map((p) => p.name)).toEqual(['50% Done']);

    expect(app.call('people.restore', { id: ada.id })).toMatchObject({ status: 'active', leftOn: null });
    expect(app.call('people.list', {})).toHaveLength(3);
  });

  it('erases only with the exact name, and then leaves no row behind', () => {
    const ada = app.call('people.create', person());
    expect(app.call('people.erasePreview', { id: ada.id })).toMatchObject({
      name: 'Ada Lovelace',
      items: expect.arrayContaining([{ label: 'profile', count: 1 }]),
    });
    const wrong = app.send('people.erase', { id: ada.id, confirmName: 'Ada' });
    expect(!wrong.ok && wrong.error).toMatchObject({ code: 'invalid_input', field: 'confirmName' });
    expect(count('people')).toBe(1);
    expect(app.call('people.erase', { id: ada.id, confirmName: 'Ada Lovelace' })).toEqual({ erased: true });
    expect(count('people')).toBe(0);
    expect(app.send('people.get', { id: ada.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('exports everything about one person as JSON and Markdown', () => {
    const ada = app.call('people.create', person({ pronouns: 'she/her', title: 'Analyst' }));
    const exported = app.call('people.export', { id: ada.id });
    expect(exported.fileBaseName).toBe('cairn-ada-lovelace-2026-03-02');
    expect(JSON.parse(exported.json)).toMatchObject({
      format: 'cairn-person-export',
      person: { id: ada.id, pronouns: 'she/her' },
    });
    expect(exported.markdown).toContain('# Ada Lovelace');
    expect(exported.markdown).toContain('- **Role:** Analyst');
  });

  it('keeps data across a restart', () => {
    const ada = app.call('people.create', person());
    app.restart();
    expect(app.call('people.get', { id: ada.id }).name).toBe('Ada Lovelace');
  });
});

describe('teams', () => {
  it('refuses a duplicate name in any case, and deleting a team keeps its members', () => {
    const team = app.call('teams.create', { name: 'Platform', description: '' });
    expect(app.send('teams.create', { name: 'platform', description: '' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'name' },
    });
    const ada = app.call('people.create', person({ teamId: team.id }));
    expect(app.call('teams.list', {})).toMatchObject([{ name: 'Platform', activeMembers: 1 }]);
    expect(app.call('teams.update', { id: team.id, fields: { name: 'Core', description: 'x' } }).name).toBe('Core');
    expect(app.call('teams.delete', { id: team.id })).toEqual({ deleted: true, membersMoved: 1 });
    expect(app.call('people.get', { id: ada.id }).teamId).toBeNull();
  });
});

describe('settings', () => {
  it('saves, validates and survives a restart', () => {
    expect(app.call('settings.get', {})).toEqual({
      theme: 'system',
      weekStart: 'monday',
      backupSchedule: 'daily',
      timeZone: null,
      prepReminderMinutes: 0,
      dueReminders: true,
    });
    expect(app.call('settings.update', { theme: 'dark' }).theme).toBe('dark');
    expect(app.send('settings.update', { theme: 'neon' })).toMatchObject({ ok: false, error: { field: 'theme' } });
    expect(app.call('settings.update', { timeZone: 'Asia/Kolkata' }).timeZone).toBe('Asia/Kolkata');
    expect(app.send('settings.update', { timeZone: 'Mars/Olympus' })).toMatchObject({
      ok: false,
      error: { field: 'timeZone' },
    });
    app.restart();
    expect(app.call('settings.get', {})).toMatchObject({ theme: 'dark', timeZone: 'Asia/Kolkata' });
    expect(app.call('settings.update', { timeZone: null }).timeZone).toBeNull();
    expect(app.call('app.info', {}).schemaVersion).toBeGreaterThan(0);
  });
});

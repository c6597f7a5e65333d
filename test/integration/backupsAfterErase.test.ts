import { afterEach, describe, expect, it } from 'vitest';
import type { BackupInfo, BackupsHolding } from '#shared/backups/model';
import { emptyPersonFields } from '#shared/people/model';
import { addCandidate, arrangeRole } from '../support/interviews';
import { createTestApp, type TestApp } from '../support/testApp';

let app: TestApp;
afterEach(() => app.close());
const names = () => app.call('people.list', { status: 'all' }).map((p) => p.name);
const holding = (kind: 'person' | 'candidate', id: string) =>
  app.call('backups.holding', { kind, id }) as BackupsHolding;

describe('backups made before an erase', () => {
  it('are listed with what remains and until when, and can be removed now, leaving a fresh backup without them', () => {
    app = createTestApp({ now: new Date('2026-03-02T09:00:00Z') });
    const ada = app.call('people.create', { ...emptyPersonFields, name: 'Ada Erased' });
    app.call('people.create', { ...emptyPersonFields, name: 'Bo Kept' });
    const scheduled = app.session.runScheduledBackup()!;
    app.setNow(new Date('2026-03-03T09:00:00Z'));
    const manual = app.call('backups.create', {}) as BackupInfo;
    app.setNow(new Date('2026-03-04T09:00:00Z'));

    expect(app.send('backups.removeHolding', { kind: 'person', id: ada.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    app.call('people.erase', { id: ada.id, confirmName: 'Ada Erased' });

    // What remains: both backups still hold Ada; the scheduled one is pruned within six months, the other stays.
    const remains = holding('person', ada.id);
    expect(remains.backups.map((b) => b.id).sort()).toEqual([scheduled.id, manual.id].sort());
    expect(remains.prunedBy).toBe('2026-09-04T09:00:00.000Z');
    expect(remains.keptUntilRemoved).toBe(1);
    // With backups off nothing is pruned: both stay until removed.
    app.call('settings.update', { backupSchedule: 'off' });
    expect(holding('person', ada.id)).toMatchObject({ prunedBy: null, keptUntilRemoved: 2 });

    // Restoring one of them brings Ada back: that is why the dialog offers to remove them.
    const removal = app.call('backups.removeHolding', { kind: 'person', id: ada.id }) as {
      removed: number;
      made: BackupInfo;
    };
    expect(removal.removed).toBe(2);
    expect(app.call('backups.list', {})).toEqual([removal.made]);
    expect(holding('person', ada.id).backups).toEqual([]);
    app.call('backups.restore', { id: removal.made.id });
    expect(names()).toEqual(['Bo Kept']);
  });

  it('work the same way for an erased candidate', () => {
    app = createTestApp();
    const { role } = arrangeRole(app);
    const cleo = addCandidate(app, role.id, { name: 'Cleo Erased', stage: 'Onsite' });
    const before = app.call('backups.create', {}) as BackupInfo;
    app.setNow(new Date('2026-03-05T09:00:00Z'));
    app.call('interviews.eraseCandidate', { id: cleo.id, confirmName: 'Cleo Erased' });
    expect(holding('candidate', cleo.id)).toMatchObject({ backups: [before], prunedBy: null, keptUntilRemoved: 1 });
    expect(app.call('backups.removeHolding', { kind: 'candidate', id: cleo.id })).toMatchObject({ removed: 1 });
    expect(holding('candidate', cleo.id).backups).toEqual([]);
  });
});

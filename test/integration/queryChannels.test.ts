import { randomUUID } from 'node:crypto';
import type { HandlerContext } from '#electron/ipc/context';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyPersonFields } from '#shared/people/model';
import { queryChannelNames, type ChannelName } from '#shared/ipc/contract';
import { createDispatcher, QueryWroteError } from '#electron/ipc/dispatcher';
import { handlers } from '#electron/ipc/handlers';
import { createSettingsStore } from '#electron/settings/store';
import { snapshotAllTables } from '../support/dbSnapshot';
import { createTestApp, type TestApp } from '../support/testApp';

/**
 * Channels marked `query` run without a transaction and before the start-up check has
 * passed, which is only safe if they never write. Each is called here with valid input on a
 * store holding the sample team (every domain has rows), and must change nothing.
 */
let app: TestApp;
/** A store nobody has changed: the only one an import's preview answers on (any other, it refuses as the import would). */
let empty: TestApp;
const storeFor = (channel: ChannelName) => (channel === 'data.previewImport' ? empty : app);
const one = (sql: string) => app.db.prepare(sql).pluck().get() as string;
const totalChanges = (store: TestApp) => store.db.prepare('SELECT total_changes()').pluck().get() as number;

function validInputs(): Partial<Record<ChannelName, unknown>> {
  const personId = one("SELECT id FROM people WHERE status = 'active' ORDER BY name LIMIT 1");
  const scorecard = app.db
    .prepare("SELECT id, candidate_id, kit_id FROM scorecards WHERE status = 'submitted' ORDER BY id LIMIT 1")
    .get() as {
    id: string;
    candidate_id: string;
    kit_id: string;
  };
  const panel = { candidateId: scorecard.candidate_id, kitId: scorecard.kit_id };
  const backupId = (app.call('backups.list', {}) as { id: string }[])[0]!.id;
  const ladder = app.db
    .prepare(
      `SELECT l.id, l.current_version_id AS versionId, json_extract(v.doc, '$.competencies[0].id') AS competencyId,
         json_extract(v.doc, '$.levels[0].id') AS levelId
       FROM ladders l JOIN ladder_versions v ON v.id = l.current_version_id ORDER BY l.id LIMIT 1`,
    )
    .get() as { id: string; versionId: string; competencyId: string; levelId: string };
  const assessmentId = one('SELECT id FROM assessments ORDER BY id LIMIT 1');
  const meetingId = one("SELECT id FROM oo_meetings WHERE status = 'held' ORDER BY id LIMIT 1");
  const evidencePerson = one('SELECT person_id FROM evidence_entries WHERE private = 1 ORDER BY id LIMIT 1');
  // The meeting still to come: opening it once carried items onto it; now the write paths do.
  const upcoming = app.db
    .prepare("SELECT id, person_id AS personId FROM oo_meetings WHERE status = 'scheduled' ORDER BY id LIMIT 1")
    .get() as { id: string; personId: string };
  const ladderFile = (app.call('ladders.export', { id: ladder.id }) as { json: string }).json;
  return {
    'vault.status': {},
    'store.status': {},
    'dataFolder.status': {},
    'backups.list': {},
    'backups.preview': { id: backupId },
    'backups.holding': { kind: 'person', id: personId },
    'settings.get': {},
    'app.info': {},
    'people.list': { status: 'all', search: 'a' },
    'people.page': { status: 'all', search: 'a', offset: 0 },
    'people.search': { text: 'a', status: 'all', chosen: [personId], exclude: [personId] },
    'people.get': { id: personId },
    'people.erasePreview': { id: personId },
    'people.export': { id: personId },
    'teams.list': {},
    'data.exportAll': {},
    'data.previewImport': { json: app.call('data.exportAll', {}).json },
    'goals.list': { personId: one('SELECT person_id FROM goals ORDER BY id LIMIT 1') },
    'goals.forPrep': { personId: one('SELECT person_id FROM goals ORDER BY id LIMIT 1') },
    'interviews.getPrefs': {},
    'interviews.listInterviewers': {},
    'interviews.listRoles': {},
    'interviews.getRole': { id: one('SELECT id FROM interview_roles ORDER BY id LIMIT 1') },
    'interviews.getKit': { id: scorecard.kit_id },
    'interviews.listCandidates': { erasureDue: false },
    'interviews.getCandidate': { id: scorecard.candidate_id },
    'interviews.getScorecard': { id: scorecard.id },
    'interviews.exportScorecard': { id: scorecard.id },
    'interviews.debrief': panel,
    'interviews.exportDebrief': panel,
    'interviews.calibration': { roleId: null },
    'mentoring.overview': {},
    'mentoring.endedPairs': { offset: 0 },
    'mentoring.forPerson': { personId: one('SELECT mentee_id FROM mentoring_pairs ORDER BY id LIMIT 1') },
    'mentoring.getPair': { id: one('SELECT id FROM mentoring_pairs ORDER BY id LIMIT 1') },
    'mentoring.listPreferences': {},
    'mentoring.suggest': { menteeId: one('SELECT mentee_id FROM mentoring_pairs ORDER BY id LIMIT 1') },
    'mentoring.proposeGroup': {},
    'sample.status': {},
    'ladders.list': {},
    'ladders.get': { id: ladder.id },
    'ladders.expectations': { id: ladder.id, versionId: ladder.versionId, competencyIds: [ladder.competencyId] },
    'ladders.atLevel': { id: ladder.id, levelId: ladder.levelId },
    'ladders.diff': { id: ladder.id, fromVersionId: ladder.versionId, toVersionId: ladder.versionId },
    'ladders.previewImport': { format: 'auto', text: ladderFile, fileName: 'ladder.json' },
    'ladders.export': { id: ladder.id },
    'ladders.builtIn': {},
    'assessments.list': { personId: one('SELECT person_id FROM assessments ORDER BY id LIMIT 1') },
    'assessments.get': { id: assessmentId },
    'assessments.promotionCase': { id: assessmentId },
    'oneOnOnes.overview': {},
    'oneOnOnes.prep': { personId: upcoming.personId },
    'oneOnOnes.history': { personId: upcoming.personId },
    'oneOnOnes.meeting': { meetingId: upcoming.id },
    'oneOnOnes.nextMeeting': { meetingId: upcoming.id },
    'oneOnOnes.templates': {},
    'oneOnOnes.search': { text: 'the', includePrivate: true },
    'oneOnOnes.exportMeeting': { meetingId },
    'questions.list': { search: 'you', starredOnly: false },
    'questions.categories': {},
    'calendarFiles.exportSeries': { personId: one('SELECT person_id FROM oo_series ORDER BY id LIMIT 1') },
    'home.overview': {},
    'home.personHeader': { personId: upcoming.personId },
    'home.weekMeetings': { offset: 0 },
    'palette.search': { text: 'a' },
    'evidence.list': { personId: evidencePerson, competencyId: 'operations', text: 'the' },
    'evidence.options': { personId: evidencePerson },
    'evidence.coverage': { personId: evidencePerson, from: '2000-01-01', to: null },
    'evidence.sinceLastAssessment': { personId: evidencePerson, assessmentId: null },
    'evidence.draft': { personId: evidencePerson, kind: 'promotion', audience: 'shareable', from: null, to: null },
  };
}

describe('query channels', () => {
  beforeAll(() => {
    app = createTestApp();
    app.call('vault.recoveryKeyStored', {});
    app.call('sample.load', {});
    app.call('backups.create', {});
    empty = createTestApp();
    empty.call('vault.recoveryKeyStored', {});
  });
  afterAll(() => {
    app.close();
    empty.close();
  });

  it('has valid input here for every channel marked as a query', () => {
    expect(Object.keys(validInputs()).sort()).toEqual([...queryChannelNames].sort());
  });

  it.each(queryChannelNames)('%s answers and writes nothing', (channel) => {
    const input = validInputs()[channel];
    const store = storeFor(channel);
    const before = {
      changes: totalChanges(store),
      tables: snapshotAllTables(store.db),
      dataVersion: store.db.pragma('data_version', { simple: true }),
    };
    const result = store.send(channel, input);
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    expect(totalChanges(store)).toBe(before.changes);
    expect(snapshotAllTables(store.db)).toBe(before.tables);
    expect(store.db.pragma('data_version', { simple: true })).toBe(before.dataVersion);
    expect(store.db.inTransaction).toBe(false);
  });
});

describe('the test harness check on queries', () => {
  it('fails a channel marked as a query whose handler writes, naming no data', () => {
    const probe = createTestApp();
    try {
      const values = new Map<string, unknown>();
      const ctx = {
        db: probe.db,
        settings: createSettingsStore({ get: (k) => values.get(k), set: (k, v) => void values.set(k, v) }),
        now: () => new Date('2026-03-02T09:00:00Z'),
        dataFile: probe.dataFile,
        appVersion: 'test',
      };
      // people.get is a query; this stand-in handler creates a person as a side effect.
      const writing = {
        ...handlers,
        'people.get': ((c) => {
          // The types forbid this (a query's store is a ReadableDB, see electron/db/access.ts);
          // the cast stands for a write that slipped past them, which the run-time check still catches.
          handlers['people.create'](c as unknown as HandlerContext, { ...emptyPersonFields, name: 'Lazy' });
          return handlers['people.list'](c, {})[0]!;
        }) as (typeof handlers)['people.get'],
      };
      const checked = createDispatcher(ctx, writing, { checkQueriesWriteNothing: true });
      expect(checked('people.get', { id: randomUUID() })).toMatchObject({ ok: false, error: { code: 'internal' } });
      expect(new QueryWroteError('people.get').message).toMatch(/marked as a query/);
      const unchecked = createDispatcher(ctx, writing);
      expect(unchecked('people.get', { id: randomUUID() })).toMatchObject({ ok: true });
    } finally {
      probe.close();
    }
  });
});

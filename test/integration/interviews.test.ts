import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPersonFields } from '#shared/people/model';
import { addCandidate, arrangeRole, ratingsFor } from '../support/interviews';
import { createTestApp, type TestApp } from '../support/testApp';
import { rowCount } from '../support/dbSnapshot';

let app: TestApp;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-03-02T09:00:00Z') });
});
afterEach(() => app.close());

const count = (table: string) => rowCount(app.db, table);
const refusal = (channel: string, payload: unknown) => {
  const result = app.send(channel, payload);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return result.error;
};

describe('roles and kits', () => {
  it('creates a role with typed competencies and a ladder seam', () => {
    const { role } = arrangeRole(app);
    const loaded = app.call('interviews.getRole', { id: role.id });
    expect(loaded.competencies.map((c) => [c.name, c.ladderCompetencyId])).toEqual([
      ['System design', null],
      ['Collaboration', 'ladder-comp-7'],
    ]);
    expect(loaded.kits.map((k) => [k.stage, k.kind, k.version])).toEqual([
      ['Onsite', 'interview', 1],
      ['Take-home', 'work_sample', 1],
    ]);
  });

  it('refuses a kit with a missing anchor, naming the exact field, and writes nothing', () => {
    const { role, kitFields } = arrangeRole(app);
    const before = count('interview_kit_versions');
    const items = structuredClone(kitFields.items);
    items[1]!.anchors[2] = '   ';
    const error = refusal('interviews.saveKit', {
      roleId: role.id,
      kitId: null,
      fields: { ...kitFields, stage: 'Phone', items },
    });
    expect(error).toEqual({
      code: 'invalid_input',
      field: 'fields.items.1.anchors.2',
      message: 'Anchor for score 3 is required: fill it in.',
    });
    const three = refusal('interviews.saveKit', {
      roleId: role.id,
      kitId: null,
      fields: { ...kitFields, stage: 'Phone', items: [{ ...items[0], anchors: ['a', 'b', 'c'] }] },
    });
    expect(three).toMatchObject({ code: 'invalid_input', field: 'fields.items.0.anchors' });
    expect(count('interview_kit_versions')).toBe(before);
  });

  it('refuses an interview item without a competency of the role, and a second kit for the same stage', () => {
    const { role, kitFields } = arrangeRole(app);
    const other = arrangeRole(app, 'Frontend engineer');
    const foreign = { ...kitFields.items[0]!, competencyId: other.role.competencies[0]!.id };
    expect(
      refusal('interviews.saveKit', {
        roleId: role.id,
        kitId: null,
        fields: { ...kitFields, stage: 'X', items: [foreign] },
      }),
    ).toMatchObject({
      field: 'fields.items.0.competencyId',
    });
    expect(
      refusal('interviews.saveKit', { roleId: role.id, kitId: null, fields: { ...kitFields, stage: 'onsite' } }),
    ).toMatchObject({
      code: 'conflict',
      field: 'fields.stage',
    });
  });

  it('versions a kit that changes mid-process; existing scorecards keep the version they were scored against', () => {
    const { role, kit, kitFields } = arrangeRole(app);
    const candidate = addCandidate(app, role.id, { name: 'Cleo Park', stage: 'Onsite', source: 'Referral' });
    const ann = app.call('interviews.createInterviewer', { name: 'Ann', personId: null });
    const entry = app.call('interviews.addToPanel', {
      candidateId: candidate.id,
      kitId: kit.id,
      interviewerId: ann.id,
    });
    const items = kitFields.items.map((item, i) => ({ ...item, key: kit.current.items[i]!.key }));
    items[0]!.anchors[3] = 'Designs for failure modes nobody else saw';
    const v2 = app.call('interviews.saveKit', { roleId: role.id, kitId: kit.id, fields: { ...kitFields, items } });
    expect(v2.current.version).toBe(2);
    expect(v2.versionCount).toBe(2);
    expect(v2.current.items.map((i) => i.key)).toEqual(kit.current.items.map((i) => i.key));
    const card = app.call('interviews.getScorecard', { id: entry.scorecardId });
    expect(card.kit.version).toBe(1);
    expect(card.kit.items[0]!.anchors[3]).toBe('Exceptional design judgement; raised the bar for the room');
  });
});

describe('candidates and retention', () => {
  it('flags candidates past their retention period, per role or global', () => {
    const { role } = arrangeRole(app);
    const shortRole = app.call('interviews.createRole', {
      title: 'Intern',
      level: '',
      retentionDays: 30,
      competencies: [{ name: 'Curiosity', description: '', ladderCompetencyId: null }],
    });
    const a = addCandidate(app, role.id, { name: 'A', stage: 'Screen' });
    const b = addCandidate(app, shortRole.id, { name: 'B', stage: 'Screen' });
    expect(a.retainUntil).toBe('2027-03-02');
    expect(b.retainUntil).toBe('2026-04-01');
    app.setNow(new Date('2026-03-31T23:00:00Z'));
    expect(app.call('interviews.listCandidates', { erasureDue: true })).toEqual([]);
    app.setNow(new Date('2026-04-01T08:00:00Z'));
    expect(app.call('interviews.listCandidates', { erasureDue: true }).map((c) => c.name)).toEqual(['B']);
    app.call('interviews.updatePrefs', { selfInterviewerId: null, retentionDays: 30 });
    expect(app.call('interviews.listCandidates', { erasureDue: true }).map((c) => c.name)).toEqual(['A', 'B']);
    expect(refusal('interviews.updatePrefs', { selfInterviewerId: null, retentionDays: 5 })).toMatchObject({
      field: 'retentionDays',
    });
    // A role's own period wins over the global one, and can change later.
    app.call('interviews.updateRole', {
      id: role.id,
      fields: { title: 'Backend engineer II', level: 'Senior', retentionDays: 400 },
    });
    expect(app.call('interviews.listCandidates', { erasureDue: true }).map((c) => c.name)).toEqual(['B']);
    expect(app.call('interviews.listCandidates', { roleId: role.id })[0]).toMatchObject({
      roleTitle: 'Backend engineer II',
      retainUntil: '2027-04-06',
    });
    expect(
      refusal('interviews.updateRole', { id: role.id, fields: { title: '', level: '', retentionDays: null } }),
    ).toMatchObject({ field: 'fields.title' });
  });

  it('erasing a candidate leaves no row that mentions them anywhere', () => {
    const { role, kit } = arrangeRole(app);
    const cleo = addCandidate(app, role.id, { name: 'Cleo Zanzibar', stage: 'Onsite', source: 'Agency' });
    const ann = app.call('interviews.createInterviewer', { name: 'Ann', personId: null });
    const entry = app.call('interviews.addToPanel', { candidateId: cleo.id, kitId: kit.id, interviewerId: ann.id });
    app.call('interviews.saveScorecard', {
      id: entry.scorecardId,
      ratings: ratingsFor(kit, [3, 2]),
      recommendation: 'yes',
      submit: true,
    });
    app.call('interviews.amendScorecard', {
      id: entry.scorecardId,
      ratings: ratingsFor(kit, [3, 3]),
      recommendation: 'yes',
      reason: 'Misread my notes',
    });
    app.call('interviews.decide', {
      candidateId: cleo.id,
      kitId: kit.id,
      outcome: 'advance',
      rationale: 'Strong on design',
    });

    expect(refusal('interviews.eraseCandidate', { id: cleo.id, confirmName: 'Cleo' })).toMatchObject({
      field: 'confirmName',
    });
    app.call('interviews.eraseCandidate', { id: cleo.id, confirmName: 'Cleo Zanzibar' });

    const tables = app.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    const needles = [cleo.id, 'Zanzibar', cleo.alias, entry.scorecardId, 'Misread my notes', 'Strong on design'];
    for (const table of tables) {
      const dump = JSON.stringify(app.db.prepare(`SELECT * FROM "${table}"`).all());
      for (const needle of needles) expect(dump.includes(needle), `${table} still holds ${needle}`).toBe(false);
    }
    expect(count('interviewers')).toBe(1); // the panel member is not candidate data
  });

  it('erasing a person who sits on panels unlinks them and keeps their scorecards under the typed name', () => {
    const { role, kit } = arrangeRole(app);
    const person = app.call('people.create', { ...emptyPersonFields, name: 'Dana Reyes' });
    const dana = app.call('interviews.createInterviewer', { name: 'Dana R.', personId: person.id });
    const cleo = addCandidate(app, role.id, { name: 'Cleo', stage: 'Onsite' });
    app.call('interviews.addToPanel', { candidateId: cleo.id, kitId: kit.id, interviewerId: dana.id });
    expect(app.call('people.erasePreview', { id: person.id }).items).toContainEqual({
      label: 'place on an interview panel, whose scorecards are kept under the name typed on them',
      count: 1,
    });
    expect(JSON.parse(app.call('people.export', { id: person.id }).json).interviewPanel).toEqual([
      { name: 'Dana R.', scorecards: 1 },
    ]);
    app.call('people.erase', { id: person.id, confirmName: 'Dana Reyes' });
    expect(app.call('interviews.listInterviewers', {})).toEqual([
      { id: dana.id, name: 'Dana R.', personId: null, scorecardCount: 1 },
    ]);
    expect(app.db.prepare('SELECT count(*) AS n FROM interviewers WHERE person_id IS NOT NULL').get()).toEqual({
      n: 0,
    });
  });
});

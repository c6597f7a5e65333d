import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENDED_PAIRS_PAGE } from '#shared/mentoring/model';
import { addPersonTo, pairInput } from '../support/mentoring';
import { createTestApp, type TestApp } from '../support/testApp';

let app: TestApp;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-03-02T09:00:00Z') });
});
afterEach(() => app.close());

describe('the mentoring screen, ended pairs a page at a time', () => {
  it('sends every open pair and the first page of ended ones; the rest come in the same order', () => {
    const mentor = addPersonTo(app, 'Omar Farouk', 'mentor');
    const ended = ENDED_PAIRS_PAGE + 7;
    const endedIds: string[] = [];
    app.db.transaction(() => {
      for (let i = 0; i < ended; i++) {
        const mentee = addPersonTo(app, `Mentee ${String(i).padStart(3, '0')}`);
        const pair = app.call('mentoring.createPair', pairInput(mentor, mentee));
        app.call('mentoring.setStatus', { id: pair.id, status: 'ended', reason: 'Goals met' });
        endedIds.push(pair.id);
      }
    })();
    const open = [0, 1, 2].map((i) =>
      app.call('mentoring.createPair', pairInput(mentor, addPersonTo(app, `Open mentee ${i}`))),
    );
    // The order the whole list had before it was paged: open pairs first, then ended ones.
    const whole = app.call('mentoring.forPerson', { personId: mentor });

    const overview = app.call('mentoring.overview', {});
    expect(overview.endedTotal).toBe(ended);
    expect(overview.pairs).toHaveLength(open.length + ENDED_PAIRS_PAGE);
    expect(overview.pairs.slice(0, open.length).map((p) => p.status)).toEqual(['active', 'active', 'active']);
    const rest = app.call('mentoring.endedPairs', { offset: ENDED_PAIRS_PAGE });
    expect(rest).toHaveLength(7);
    expect(app.call('mentoring.endedPairs', { offset: ended })).toEqual([]);
    const paged = [...overview.pairs, ...rest];
    expect(paged.map((p) => p.id)).toEqual(whole.asMentor.map((p) => p.id));
    expect(new Set(paged.filter((p) => p.status === 'ended').map((p) => p.id))).toEqual(new Set(endedIds));
    expect(app.send('mentoring.endedPairs', { offset: -1 })).toMatchObject({ ok: false });
  });
});

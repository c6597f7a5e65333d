import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OVERVIEW_PAGE } from '#shared/oneOnOnes/model';
import { emptyPersonFields } from '#shared/people/model';
import { addItem, weeklySeries } from '../support/oneOnOnes';
import { createTestApp, type TestApp } from '../support/testApp';

let app: TestApp;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-03-02T08:00:00Z') }); // a Monday
});
afterEach(() => app.close());

const addPerson = (name: string) =>
  app.call('people.create', { ...emptyPersonFields, name, timeZone: 'Europe/London' }).id;
const weekly = (personId: string, firstDate: string, time = '10:00') =>
  weeklySeries(app, personId, { firstDate, time });
const upcoming = (personId: string) => app.call('oneOnOnes.prep', { personId }).upcoming!;

describe('the 1:1s screen, a page at a time', () => {
  it('pages through every active person by name; the pages together are each person once', () => {
    const total = OVERVIEW_PAGE + 17;
    app.db.transaction(() => {
      for (let i = total; i > 0; i--) addPerson(`Person ${String(i).padStart(3, '0')}`);
    })();
    const left = addPerson('Zed Left');
    app.call('people.archive', { id: left });

    const first = app.call('oneOnOnes.overview', {});
    expect(first.total).toBe(total);
    expect(first.rows).toHaveLength(OVERVIEW_PAGE);
    const second = app.call('oneOnOnes.overview', { offset: OVERVIEW_PAGE });
    expect(second.total).toBe(total);
    expect(second.rows).toHaveLength(17);
    expect(app.call('oneOnOnes.overview', { offset: total }).rows).toEqual([]);
    expect([...first.rows, ...second.rows].map((r) => r.personName)).toEqual(
      Array.from({ length: total }, (_, i) => `Person ${String(i + 1).padStart(3, '0')}`),
    );
    expect(app.send('oneOnOnes.overview', { offset: -1 })).toMatchObject({ ok: false });
  });

  it('a row says what the screen shows: cadence, the next 1:1 with its start, last held and open items', () => {
    const ada = addPerson('Ada Lovelace');
    const bo = addPerson('Bo Novice');
    weekly(ada, '2026-03-02', '09:00');
    const held = upcoming(ada);
    addItem(app, held.id, 'action', 'me', 'Send notes');
    app.call('oneOnOnes.hold', { meetingId: held.id });
    const next = upcoming(ada);

    expect(app.call('oneOnOnes.overview', {})).toEqual({
      total: 2,
      rows: [
        {
          personId: ada,
          personName: 'Ada Lovelace',
          person: { callName: 'Ada', timeZone: 'Europe/London' },
          series: { cadence: 'weekly', everyDays: null, firstDate: '2026-03-02', monthlyBy: 'day' },
          upcoming: { id: next.id, startsAt: next.startsAt },
          lastHeld: '2026-03-02',
          openItems: 1,
        },
        {
          personId: bo,
          personName: 'Bo Novice',
          person: { callName: 'Bo', timeZone: 'Europe/London' },
          series: null,
          upcoming: null,
          lastHeld: null,
          openItems: 0,
        },
      ],
    });
  });
});

describe('"Next 1:1" from a meeting', () => {
  it("is the first of anyone's upcoming 1:1s after this one, else the soonest other, else none", () => {
    const ada = addPerson('Ada Lovelace');
    const bo = addPerson('Bo Novice');
    const cy = addPerson('Cy Early');
    weekly(ada, '2026-03-03', '10:00');
    weekly(bo, '2026-03-03', '11:00');
    weekly(cy, '2026-03-02', '09:00');
    const next = (meetingId: string) => app.call('oneOnOnes.nextMeeting', { meetingId });

    expect(next(upcoming(ada).id)).toEqual({ meetingId: upcoming(bo).id, personName: 'Bo Novice' });
    // Bo's is the last of the day: the soonest other one.
    expect(next(upcoming(bo).id)).toEqual({ meetingId: upcoming(cy).id, personName: 'Cy Early' });
    // A held meeting goes to the first upcoming 1:1 after it: Ada's own next one is a week on.
    const adaFirst = upcoming(ada);
    app.call('oneOnOnes.hold', { meetingId: adaFirst.id });
    expect(next(adaFirst.id)).toEqual({ meetingId: upcoming(bo).id, personName: 'Bo Novice' });

    app.call('people.archive', { id: bo });
    app.call('people.archive', { id: cy });
    expect(next(upcoming(ada).id)).toBeNull();
    expect(app.send('oneOnOnes.nextMeeting', { meetingId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

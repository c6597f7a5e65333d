import { afterEach, describe, expect, it } from 'vitest';
import { arrangePanel, ratingsFor } from '../support/interviews';
import { createTestApp, type TestApp } from '../support/testApp';

/**
 * The debrief export is dated on the manager's calendar (Settings → My time zone), not UTC's:
 * near midnight the two differ by a day, and a hiring record dated the day before (or after)
 * the decision misleads whoever reads it later. See also todayInMyZone.test.ts.
 */
// 09:00 on Friday 4 December in Auckland (UTC+13): UTC is still on Thursday the 3rd.
const AUCKLAND_MORNING = new Date('2026-12-03T20:00:00Z');
// 22:00 on Thursday 3 December in Los Angeles (UTC−8): UTC is already on Friday the 4th.
const LOS_ANGELES_EVENING = new Date('2026-12-04T06:00:00Z');

let app: TestApp;
afterEach(() => app.close());

/** A decided onsite for Cleo Park, decided and exported at `now` by a manager in `timeZone`. */
function decideAndExport(timeZone: string, now: Date) {
  app = createTestApp({ now: new Date('2026-11-01T12:00:00Z') });
  app.call('settings.update', { timeZone });
  const { kit, cleo, mine } = arrangePanel(app);
  app.call('interviews.saveScorecard', {
    id: mine,
    ratings: ratingsFor(kit, [3, 3]),
    recommendation: 'yes',
    submit: true,
  });
  app.setNow(now);
  app.call('interviews.decide', { candidateId: cleo.id, kitId: kit.id, outcome: 'offer', rationale: 'Clear yes' });
  return app.call('interviews.exportDebrief', { candidateId: cleo.id, kitId: kit.id });
}

describe('the debrief export is dated on the manager’s calendar', () => {
  it('east of UTC (Auckland, 09:00 on 4 December): the export and the decision are dated the 4th', () => {
    const { fileName, markdown } = decideAndExport('Pacific/Auckland', AUCKLAND_MORNING);
    expect(fileName).toBe('debrief-cleo-park-2026-12-04.md');
    expect(markdown).toMatch(/- \*\*Exported:\*\* Friday,? (4 December|December 4,) 2026/);
    expect(markdown).toMatch(/\*\*Make an offer\*\* \(Friday,? (4 December|December 4,) 2026\)/);
  });

  it('west of UTC (Los Angeles, 22:00 on 3 December): the export and the decision are dated the 3rd', () => {
    const { fileName, markdown } = decideAndExport('America/Los_Angeles', LOS_ANGELES_EVENING);
    expect(fileName).toBe('debrief-cleo-park-2026-12-03.md');
    expect(markdown).toMatch(/- \*\*Exported:\*\* Thursday,? (3 December|December 3,) 2026/);
    expect(markdown).toMatch(/\*\*Make an offer\*\* \(Thursday,? (3 December|December 3,) 2026\)/);
  });
});

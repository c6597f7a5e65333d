import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_EVIDENCE } from '#electron/domains/sample/interviews';
import { createTestApp, type TestApp } from '../support/testApp';

/** Properties of the generated sample team that make it look lived in (issue 13, item 8). */
let app: TestApp;
const TODAY = '2026-12-03';
beforeEach(() => {
  app = createTestApp({ now: new Date(`${TODAY}T09:00:00Z`) });
  app.call('sample.load', {});
});
afterEach(() => app.close());

const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
const withOneOnOnes = () =>
  app.call('people.list', {}).filter((p) => app.call('oneOnOnes.prep', { personId: p.id }).series !== null);

describe('the sample team looks lived in', () => {
  it('settles items as the weeks go: most are closed within a month, none has waited for months', () => {
    const items = app.db
      .prepare(
        `SELECT i.state, m.date AS raised, substr(i.closed_at, 1, 10) AS closed FROM oo_items i
         JOIN oo_meetings m ON m.id = i.origin_meeting_id WHERE i.recurring_id IS NULL`,
      )
      .all() as { state: string; raised: string; closed: string | null }[];
    expect(items.length).toBeGreaterThan(20);
    const open = items.filter((i) => i.state === 'open');
    expect(open.length / items.length).toBeLessThan(0.25);
    for (const item of open) expect(days(item.raised, TODAY)).toBeLessThanOrEqual(31);
    for (const item of items.filter((i) => i.state !== 'open')) {
      expect(item.closed).not.toBeNull();
      expect(days(item.raised, item.closed!)).toBeLessThanOrEqual(31);
    }
    // And carried topics do reach a later meeting before they are settled.
    expect(items.some((i) => i.state === 'done' && days(i.raised, i.closed!) >= 14)).toBe(true);
  });

  it('tags career conversations, so the prep nudge has something to say either way', () => {
    const people = withOneOnOnes();
    expect(people.length).toBeGreaterThanOrEqual(3);
    const headers = people.map((p) => app.call('home.personHeader', { personId: p.id }));
    expect(headers.filter((h) => h.daysSinceCareer !== null).length).toBeGreaterThanOrEqual(2);
    expect(headers.some((h) => h.careerDue)).toBe(true);
    const tagged = app.db
      .prepare(
        "SELECT count(*) FROM oo_meeting_tags t JOIN oo_meetings m ON m.id = t.meeting_id WHERE t.tag = 'career' AND m.status = 'held'",
      )
      .pluck()
      .get() as number;
    expect(tagged).toBeGreaterThanOrEqual(2);
  });

  it('files every piece of interview evidence under the competency it speaks to', () => {
    const ids = app.db.prepare('SELECT id FROM scorecards').pluck().all() as string[];
    expect(ids.length).toBe(9);
    const seen = new Set<string>();
    for (const id of ids) {
      const card = app.call('interviews.getScorecard', { id });
      for (const rating of card.ratings) {
        const item = card.kit.items.find((i) => i.key === rating.itemKey)!;
        expect(SAMPLE_EVIDENCE[item.name], `evidence written for ${item.name}`).toContain(rating.evidence);
        seen.add(rating.evidence);
      }
    }
    // Interviewers do not all write the same sentence.
    expect(seen.size).toBeGreaterThanOrEqual(6);
  });
});

import axe from 'axe-core';
import type { Page } from '@playwright/test';

/** WCAG 2.2 AA, the level every screen is held to. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Violation {
  id: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core on the page's document, injecting its script once per document.
 *
 * Why not @axe-core/playwright: its analyze() evaluates axe's 560 KB script again on every
 * call and finishes each run in a new blank tab, about 0.9 s of CPU per check on this
 * machine against 0.15 s for axe.run in place. The suite checks some 250 screens, so that
 * was a quarter of `npm test`. Its extra is collecting results across frames, and Cairn's
 * renderer has no frames. The rules, tags and results are axe-core's own either way.
 */
export async function runAxe(page: Page, disabledRules: string[]): Promise<Violation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axe.source);
  return page.evaluate(
    async ({ tags, disabled }) => {
      // Judge the screen at rest: a colour still moving between themes is not its contrast.
      // getAnimations() brings styles up to date first, so a theme just switched is seen.
      const settling = document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished);
      await Promise.allSettled(settling);
      const axeInPage = (window as unknown as { axe: typeof axe }).axe;
      const results = await axeInPage.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
      });
      return results.violations.map((v) => ({
        id: v.id,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
    },
    { tags: WCAG_TAGS, disabled: disabledRules },
  );
}

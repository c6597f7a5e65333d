import { localDate } from '#shared/calendar';
import { myTimeZone, type Settings } from '#shared/settings/model';

/** What the clock needs of a handler's context: its injectable `now` and the manager's settings. */
export interface ClockContext {
  now: () => Date;
  settings: { get(): Pick<Settings, 'timeZone'> };
}

/**
 * The handler's clock read one way everywhere: `stamp` for the moment a row changed (ISO
 * instant, UTC, so instants compare as strings), `today` for the calendar day on the
 * manager's own clock (Settings → My time zone, else this computer's zone). A manager in
 * Auckland at 09:00 on 4 December is on 4 December, though UTC is still on the 3rd: dates
 * they type ("seen today", a check-in, a goal's due date) are read against their day.
 * Both take the context's injectable `now`, so tests that move time move every domain at once.
 */
export const stamp = (ctx: { now: () => Date }): string => ctx.now().toISOString();
export const today = (ctx: ClockContext): string => localDate(ctx.now(), myTimeZone(ctx.settings.get()));

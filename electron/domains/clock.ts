/**
 * The handler's clock read one way everywhere: `stamp` for the moment a row changed
 * (ISO instant, UTC), `today` for the calendar day in UTC. Both take anything with the
 * context's injectable `now`, so tests that move time move every domain at once.
 */
export const stamp = (ctx: { now: () => Date }): string => ctx.now().toISOString();
export const today = (ctx: { now: () => Date }): string => stamp(ctx).slice(0, 10);

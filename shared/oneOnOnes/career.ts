/**
 * Growth is the point of a 1:1 (PRODUCT.md): after this many days without a meeting tagged
 * "career", the prep view and the person page nudge the manager. About a quarter: long
 * enough that a monthly career talk never triggers it, short enough to catch one forgotten.
 */
export const CAREER_NUDGE_AFTER_DAYS = 90;

/**
 * Whether it is time for a career conversation: none for CAREER_NUDGE_AFTER_DAYS days, or
 * none ever although 1:1s have been held. Before the first 1:1 there is nothing to nudge about.
 */
export function careerConversationDue(daysSinceCareer: number | null, daysSinceLast: number | null): boolean {
  if (daysSinceCareer !== null) return daysSinceCareer >= CAREER_NUDGE_AFTER_DAYS;
  return daysSinceLast !== null;
}

import { describe, expect, it } from 'vitest';
import { CAREER_NUDGE_AFTER_DAYS, careerConversationDue } from '#shared/oneOnOnes/career';

describe('career conversation nudge', () => {
  it('nudges from the threshold day on, and when 1:1s were held but none was about career', () => {
    expect(careerConversationDue(CAREER_NUDGE_AFTER_DAYS - 1, 3)).toBe(false);
    expect(careerConversationDue(CAREER_NUDGE_AFTER_DAYS, 3)).toBe(true);
    expect(careerConversationDue(null, 10)).toBe(true);
  });

  it('says nothing before the first 1:1', () => {
    expect(careerConversationDue(null, null)).toBe(false);
  });
});

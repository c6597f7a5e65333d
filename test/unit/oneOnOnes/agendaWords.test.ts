import { describe, expect, it } from 'vitest';
import { agendaWords } from '#renderer/features/oneOnOnes/format';

describe("a 1:1's agenda in words (Home)", () => {
  it('names only the sides that brought something, with the plural right', () => {
    expect(agendaWords(0, 1)).toBe('1 topic from them');
    expect(agendaWords(0, 3)).toBe('3 topics from them');
    expect(agendaWords(1, 0)).toBe('1 topic from me');
    expect(agendaWords(2, 0)).toBe('2 topics from me');
  });

  it('lets the second count share the first one’s word', () => {
    expect(agendaWords(1, 1)).toBe('1 topic from me, 1 from them');
    expect(agendaWords(2, 1)).toBe('2 topics from me, 1 from them');
    expect(agendaWords(1, 4)).toBe('1 topic from me, 4 from them');
  });

  it('says nothing when the agenda is empty', () => {
    expect(agendaWords(0, 0)).toBeNull();
  });
});

import { EditorSelection, EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { itemTextOf, lineOrSelection } from '#renderer/features/oneOnOnes/meeting/editor/lineText';
import { nextMeetingAfter } from '#shared/oneOnOnes/nextMeeting';
import { buildOptions } from '#renderer/features/palette/options';

describe('a notes line becoming an item', () => {
  it('drops list, task, heading and quote markup, keeping the words', () => {
    expect(itemTextOf('- [ ] Send the RFC')).toBe('Send the RFC');
    expect(itemTextOf('  * [x] Book the room ')).toBe('Book the room');
    expect(itemTextOf('12. Hire a second SRE')).toBe('Hire a second SRE');
    expect(itemTextOf('## Career')).toBe('Career');
    expect(itemTextOf('> - quoted point')).toBe('quoted point');
    expect(itemTextOf('C++ migration - phase 2')).toBe('C++ migration - phase 2');
    expect(itemTextOf('#hashtag is not a heading')).toBe('#hashtag is not a heading');
  });

  it('takes the selection when there is one, else the line under the cursor', () => {
    const doc = '# Notes\n- first point\n- second point';
    const at = (anchor: number, head = anchor) =>
      EditorState.create({ doc, selection: EditorSelection.single(anchor, head) });
    expect(lineOrSelection(at(doc.indexOf('second') + 2))).toBe('second point');
    expect(lineOrSelection(at(doc.indexOf('first'), doc.length))).toBe('first point second point');
    expect(lineOrSelection(at(doc.indexOf('point'), doc.indexOf('point') + 5))).toBe('point');
  });
});

const row = (personName: string, meetingId: string, startsAt: string) => ({ meetingId, personName, startsAt });

describe('"next 1:1" from a meeting', () => {
  const rows = [
    row('Ada', 'm-ada', '2026-03-03T10:00:00Z'),
    row('Bob', 'm-bob', '2026-03-03T11:00:00Z'),
    row('Cy', 'm-cy', '2026-03-02T09:00:00Z'),
  ];
  it('is the first scheduled 1:1 of anyone after this one', () => {
    expect(nextMeetingAfter(rows, { id: 'm-ada', startsAt: '2026-03-03T10:00:00Z' })).toEqual({
      meetingId: 'm-bob',
      personName: 'Bob',
    });
  });
  it('falls back to the soonest other one, and is none when there is no other', () => {
    expect(nextMeetingAfter(rows, { id: 'm-x', startsAt: '2026-03-09T10:00:00Z' })?.meetingId).toBe('m-cy');
    expect(
      nextMeetingAfter([row('Ada', 'm-ada', '2026-03-03T10:00:00Z')], {
        id: 'm-ada',
        startsAt: '2026-03-03T10:00:00Z',
      }),
    ).toBeNull();
  });
});

describe('the palette with a screen’s actions', () => {
  const actions = [
    { id: 'hold', label: 'Mark as held', keys: 'Alt+Shift+D', run: () => {} },
    { id: 'skip', label: 'Skip this 1:1', run: () => {} },
  ];
  it('lists them first, with their keys, and filters them by the words typed', () => {
    const all = buildOptions('', null, actions);
    expect(all.slice(0, 2).map((o) => [o.group, o.label, o.detail])).toEqual([
      ['screen', 'Mark as held', 'Alt+Shift+D'],
      ['screen', 'Skip this 1:1', undefined],
    ]);
    expect(
      buildOptions('held', null, actions)
        .filter((o) => o.group === 'screen')
        .map((o) => o.label),
    ).toEqual(['Mark as held']);
  });
});

describe('the palette\'s "Go to" actions', () => {
  const goTo = (here?: string) =>
    buildOptions('go to', null, [], here)
      .filter((o) => o.label.startsWith('Go to '))
      .map((o) => o.label);
  it('offers every section but the one the palette was opened on', () => {
    expect(goTo()).toContain('Go to Home');
    expect(goTo('/')).not.toContain('Go to Home');
    expect(goTo('/')).toContain('Go to People');
    expect(goTo('/people')).not.toContain('Go to People');
  });
  it('still offers a section from a screen inside it', () => {
    expect(goTo('/people/0b7e2f1c')).toContain('Go to People');
  });
});

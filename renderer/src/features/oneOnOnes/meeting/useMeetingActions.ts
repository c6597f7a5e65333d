import { useMemo } from 'react';
import { useLocation } from 'wouter';
import type { Meeting } from '#shared/oneOnOnes/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { downloadText } from '#renderer/components/download';
import { useToast } from '#renderer/components/toasts';
import type { ScreenAction } from '../../palette/screenActions';
import { useNextTime } from '../nextTimeStore';
import { usePrivacy } from '../privacy';

export type MeetingActionId =
  'hold' | 'skip' | 'move' | 'next' | 'privacy' | 'newAgenda' | 'newAction' | 'nextTime' | 'export' | 'shortcuts';

interface Options {
  openMove: () => void;
  openShortcuts: () => void;
}

const focusField = (id: string) => () => document.getElementById(id)?.focus();

/**
 * Everything the meeting screen can do, in one list: the header and its More menu, the
 * palette ("This 1:1"), the keyboard shortcuts and the `?` sheet all read it, so a shortcut
 * shown is a shortcut bound. Only what applies now is in it (no Skip on a held 1:1).
 */
export function useMeetingActions(m: Meeting, { openMove, openShortcuts }: Options) {
  const [, navigate] = useLocation();
  const notice = useToast();
  const showNextTime = useNextTime((s) => s.show);
  const { hidden, toggle } = usePrivacy();
  // Asked of main, which looks through every active person's upcoming 1:1 (issue 18: not the whole 1:1s screen).
  const next = useRequest(() => call('oneOnOnes.nextMeeting', { meetingId: m.id }), `${m.id} ${m.startsAt}`).data;
  const nextId = next?.meetingId;
  const nextName = next?.personName;
  const scheduled = m.status === 'scheduled';
  const editable = !m.locked && m.status !== 'moved';

  return useMemo(() => {
    const act = (run: () => Promise<unknown>, done: string) => () => {
      run().then(
        () => notice(done),
        (e: Error) => notice(e.message, 'error'),
      );
    };
    const all: (ScreenAction & { id: MeetingActionId })[] = [];
    if (scheduled) {
      all.push(
        {
          id: 'hold',
          label: 'Mark as held',
          keys: 'Alt+Shift+D',
          run: act(
            () => call('oneOnOnes.hold', { meetingId: m.id }),
            'Marked as held. Open items moved to the next 1:1.',
          ),
        },
        {
          id: 'skip',
          label: 'Skip this 1:1',
          keys: 'Alt+Shift+S',
          run: act(
            () => call('oneOnOnes.skip', { meetingId: m.id }),
            'Skipped. Everything open moves to the next 1:1.',
          ),
        },
        { id: 'move', label: 'Move to another day…', keys: 'Alt+Shift+M', run: openMove },
      );
    }
    if (nextId) {
      all.push({
        id: 'next',
        label: `Open next 1:1 (${nextName})`,
        keys: 'Alt+Shift+N',
        run: () => navigate(`/one-on-ones/meeting/${nextId}`),
      });
    }
    if (editable) {
      all.push(
        { id: 'newAgenda', label: 'New agenda item', keys: 'Alt+Shift+G', run: focusField('agenda-add-text') },
        { id: 'newAction', label: 'New action item', keys: 'Alt+Shift+I', run: focusField('action-add-text') },
      );
    }
    all.push(
      { id: 'nextTime', label: 'Log a topic for next time…', run: () => showNextTime(m.personId) },
      { id: 'privacy', label: hidden ? 'Show private notes' : 'Hide private notes', keys: 'Ctrl+Shift+H', run: toggle },
      {
        id: 'export',
        label: 'Export shared notes',
        run: () => {
          void call('oneOnOnes.exportMeeting', { meetingId: m.id }).then((result) => {
            downloadText(`${result.fileBaseName}.md`, result.markdown, 'text/markdown');
            notice('Shared notes exported as Markdown (private notes left out).');
          });
        },
      },
      { id: 'shortcuts', label: 'Keyboard shortcuts', keys: '?', run: openShortcuts },
    );
    return { all, byId: (id: MeetingActionId) => all.find((a) => a.id === id) };
  }, [
    m.id,
    m.personId,
    scheduled,
    editable,
    nextId,
    nextName,
    hidden,
    toggle,
    notice,
    navigate,
    showNextTime,
    openMove,
    openShortcuts,
  ]);
}

import { useCallback } from 'react';
import type { Meeting } from '#shared/oneOnOnes/model';
import { call } from '#renderer/api/client';
import { useToast } from '#renderer/components/toasts';
import { useNextTime } from '../nextTimeStore';
import type { LineCommand } from './editor/notesKeys';

/**
 * What the notes editor's line shortcuts do: an action item (mine or theirs) on this meeting,
 * or the "next time" dialog for this person with the line as its topic. Focus stays in the
 * editor for actions; the dialog returns it there when it closes.
 */
export function useLineCommands(meeting: Meeting) {
  const notice = useToast();
  const showNextTime = useNextTime((s) => s.show);
  return useCallback(
    (command: LineCommand, text: string) => {
      if (command === 'nextTime') {
        showNextTime(meeting.personId, text);
        return;
      }
      const side = command === 'actionMine' ? 'me' : 'them';
      call('oneOnOnes.addItem', { meetingId: meeting.id, kind: 'action', side, text, dueDate: null }).then(
        () =>
          notice(
            side === 'me' ? 'Added to action items, for you.' : `Added to action items, for ${meeting.personName}.`,
          ),
        (e: Error) => notice(e.message, 'error'),
      );
    },
    [meeting.id, meeting.personId, meeting.personName, notice, showNextTime],
  );
}

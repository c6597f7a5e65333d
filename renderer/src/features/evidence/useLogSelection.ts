import { useCallback } from 'react';
import type { Meeting } from '#shared/oneOnOnes/model';
import { formatDate } from '#shared/format';
import { isLogEvidenceShortcut, useEvidenceCapture } from './captureStore';
import type { SelectionReader } from './useSelectedText';

/**
 * Capture from 1:1 notes: the passage selected in a notes editor, logged for the meeting's
 * person with the meeting as its source. A passage of private notes is marked private.
 * Returns `log` (for a button) and `onKeyDown` (Ctrl+Shift+E inside the editor); `read` is the
 * editor's "selected text" (see useSelectedText.ts).
 */
export function useLogSelection(meeting: Meeting, which: 'shared' | 'private', read: SelectionReader) {
  const show = useEvidenceCapture((s) => s.show);
  const log = useCallback(() => {
    show({
      personId: meeting.personId,
      source: { kind: 'one_on_one', id: meeting.id, notes: which },
      sourceLabel: `1:1 of ${formatDate(meeting.date)}, ${which === 'private' ? 'private notes' : 'shared notes'}`,
      text: read(),
      seenOn: meeting.date,
    });
  }, [show, meeting.personId, meeting.id, meeting.date, which, read]);
  const onKeyDown = useCallback(
    (e: React.KeyboardEvent) => {
      if (!isLogEvidenceShortcut(e)) return;
      e.preventDefault();
      log();
    },
    [log],
  );
  return { log, onKeyDown };
}

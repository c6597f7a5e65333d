import { useCallback, useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { PageHeader } from '#renderer/components/PageHeader';
import { useToast } from '#renderer/components/toasts';
import { NotFound } from '#renderer/components/NotFound';
import { useOfferScreenActions } from '../../palette/screenActions';
import { useScreenShortcuts } from '../shortcuts/useScreenShortcuts';
import { MeetingBanners } from './MeetingBanners';
import { MeetingSubtitle } from './MeetingSubtitle';
import { MeetingSide } from './MeetingSide';
import { MoveDialog } from './MoveDialog';
import { NotesEditor } from './NotesEditor';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useFocusRescue } from './useFocusRescue';
import { useMeetingActions } from './useMeetingActions';
import type { Meeting } from '#shared/oneOnOnes/model';

/**
 * The screen used during a 1:1: the notes are the hero (first at 1024 px, beside a compact
 * agenda and actions column from 1280 px); one primary action, the rest in More, the palette
 * and shortcuts (useMeetingActions).
 */
export function MeetingScreen() {
  const { id } = useParams<{ id: string }>();
  const meeting = useRequest(() => call('oneOnOnes.meeting', { meetingId: id }), id);
  useFocusRescue(meeting.data);
  if (meeting.error) {
    return <NotFound title="1:1 not found" error={meeting.error} backHref="/one-on-ones" backLabel="Back to 1:1s" />;
  }
  return meeting.data ? <MeetingView m={meeting.data} /> : null;
}

function MeetingView({ m }: { m: Meeting }) {
  const [, navigate] = useLocation();
  const notice = useToast();
  const [moving, setMoving] = useState(false);
  const [sheet, setSheet] = useState(false);
  const openMove = useCallback(() => setMoving(true), []);
  const openShortcuts = useCallback(() => setSheet(true), []);
  const actions = useMeetingActions(m, { openMove, openShortcuts });
  const title = `1:1 with ${m.personName}`;
  useOfferScreenActions(title, actions.all);
  useScreenShortcuts(actions.all);

  const primary = actions.byId('hold') ?? actions.byId('next');
  const more = actions.all.filter((a) => a !== primary && a.id !== 'newAgenda' && a.id !== 'newAction');
  return (
    <>
      <PageHeader
        title={title}
        subtitle={<MeetingSubtitle m={m} />}
        actions={
          <Link href={`/one-on-ones/person/${m.personId}`} className="button button--quiet">
            Prep view
          </Link>
        }
        more={more.map((a) => ({ id: a.id, label: a.label, onAction: a.run }))}
        primary={
          primary ? (
            <button
              type="button"
              className="button button--primary"
              onClick={primary.run}
              aria-keyshortcuts={ariaKeys(primary.keys)}
            >
              {primary.label}
            </button>
          ) : null
        }
      />
      <MeetingBanners m={m} />
      <div className="meeting">
        <div className="meeting__notes">
          <NotesEditor key={`shared-${m.id}-${m.locked}`} meeting={m} which="shared" />
          <NotesEditor key={`private-${m.id}-${m.locked}`} meeting={m} which="private" />
        </div>
        <MeetingSide m={m} />
      </div>
      {moving ? (
        <MoveDialog
          meeting={m}
          open={moving}
          onClose={() => setMoving(false)}
          onMoved={(newId) => {
            setMoving(false);
            notice('Moved. The agenda and notes went with it.');
            navigate(`/one-on-ones/meeting/${newId}`);
          }}
        />
      ) : null}
      <ShortcutsDialog open={sheet} onClose={() => setSheet(false)} actions={actions.all} />
    </>
  );
}

/** "Alt+Shift+D" in the notation aria-keyshortcuts wants ("Alt+Shift+D" happens to be it). */
const ariaKeys = (keys: string | undefined) => (keys && keys !== '?' ? keys : undefined);

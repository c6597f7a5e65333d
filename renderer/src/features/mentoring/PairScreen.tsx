import { formatDate, plural } from '#shared/format';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { graceDays, quietAfterDays } from '#shared/mentoring/health';
import { cadenceLabel, PAIR_STATUS_LABELS, type PairDetail, type PairStatus } from '#shared/mentoring/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { Modal } from '#renderer/components/Modal';
import { PageHeader } from '#renderer/components/PageHeader';
import { useToast } from '#renderer/components/toasts';
import { EndPairDialog } from './EndPairDialog';
import { HealthFlags } from './HealthFlags';
import { SessionForm } from './SessionForm';
import { SessionList } from './SessionList';
import { NotFound } from '#renderer/components/NotFound';
import { Facts } from '#renderer/components/Facts';

const NOT_A_FIT_REASON = 'Not a fit after the first session';

function Agreement({ pair }: { pair: PairDetail }) {
  const rows: [string, string | null][] = [
    ['Mentor', pair.mentor.name],
    ['Mentee', pair.mentee.name],
    ['Cadence', cadenceLabel(pair.cadenceDays)],
    ['Started', formatDate(pair.startDate)],
    ['Planned end', pair.plannedEnd && formatDate(pair.plannedEnd)],
    ['Next session due', pair.health.nextDue && formatDate(pair.health.nextDue)],
    ['Focus areas', pair.focusAreas.map((f) => f.name).join(', ') || null],
    ['Goals', pair.goals || null],
    ['Expectations', pair.expectations || null],
    ['Ended', pair.status === 'ended' ? `${pair.endedOn ? formatDate(pair.endedOn) : ''} — ${pair.endReason}` : null],
  ];
  return <Facts rows={rows} />;
}

export function PairScreen() {
  const { id } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const notice = useToast();
  const pair = useRequest(() => call('mentoring.getPair', { id }), id);
  const [ending, setEnding] = useState(false);
  const [askRematch, setAskRematch] = useState(false);
  // Logging a session is a dialog: the page reads first (agreement, then the sessions so far).
  const [logging, setLogging] = useState(false);

  const setStatus = async (status: PairStatus, done: string) => {
    try {
      await call('mentoring.setStatus', { id, status, reason: '' });
      notice(done);
    } catch (e) {
      notice(e instanceof Error ? e.message : String(e), 'error');
    }
  };

  const endAndRematch = async (menteeId: string) => {
    try {
      await call('mentoring.setStatus', { id, status: 'ended', reason: NOT_A_FIT_REASON });
      notice('Pair ended. Here are other mentors to consider.');
      navigate(`/mentoring/suggest/${menteeId}`);
    } catch (e) {
      notice(e instanceof Error ? e.message : String(e), 'error');
    }
  };

  if (pair.error) {
    return <NotFound title="Pair not found" error={pair.error} backHref="/mentoring" backLabel="Back to mentoring" />;
  }
  const p = pair.data;
  if (!p) return null;
  const open = p.status !== 'ended';
  return (
    <>
      <PageHeader
        title={`${p.mentor.name} mentoring ${p.mentee.name}`}
        subtitle={<span className="badge badge--first">{PAIR_STATUS_LABELS[p.status]}</span>}
        primary={
          open ? (
            <button type="button" className="button button--primary" onClick={() => setLogging(true)}>
              Log session…
            </button>
          ) : null
        }
        actions={
          p.status === 'proposed' ? (
            <button type="button" className="button" onClick={() => void setStatus('active', 'Pair is now active.')}>
              Start pair
            </button>
          ) : p.status === 'active' ? (
            <button type="button" className="button" onClick={() => void setStatus('paused', 'Pair paused.')}>
              Pause
            </button>
          ) : p.status === 'paused' ? (
            <button type="button" className="button" onClick={() => void setStatus('active', 'Pair resumed.')}>
              Resume
            </button>
          ) : null
        }
        more={[
          {
            id: 'other-mentors',
            label: `Other mentors for ${p.mentee.name}`,
            onAction: () => navigate(`/mentoring/suggest/${p.mentee.id}`),
          },
          ...(open
            ? [{ id: 'end', label: 'End pair…', tone: 'danger' as const, onAction: () => setEnding(true) }]
            : []),
        ]}
      />
      <section className="panel" aria-labelledby="health-heading">
        <h2 id="health-heading">Health</h2>
        <HealthFlags health={p.health} status={p.status} />
        {p.status === 'active' ? (
          <p className="muted pair-health__rule">
            Flagged as overdue once a session is more than {plural(graceDays(p.cadenceDays), 'day')} late, and as gone
            quiet after {plural(quietAfterDays(p.cadenceDays), 'day')} without one.
          </p>
        ) : (
          <p className="muted pair-health__rule">Only active pairs are checked for overdue sessions.</p>
        )}
      </section>
      <section className="panel" aria-labelledby="agreement-heading">
        <div className="panel__header">
          <h2 id="agreement-heading">Agreement</h2>
          {open ? (
            <Link href={`/mentoring/pairs/${p.id}/edit`} className="button button--quiet">
              Edit agreement
            </Link>
          ) : null}
        </div>
        <Agreement pair={p} />
      </section>
      <Modal title="Log a session" open={logging} onClose={() => setLogging(false)} size="wide">
        <SessionForm
          key={p.sessions.length}
          pair={p}
          onCancel={() => setLogging(false)}
          onLogged={(_, fit) => {
            setLogging(false);
            notice('Session logged.');
            if (fit === 'not_a_fit') setAskRematch(true);
          }}
        />
      </Modal>
      <section className="panel" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" tabIndex={-1}>
          Sessions ({p.sessionCount})
        </h2>
        <SessionList
          pair={p}
          headingId="sessions-heading"
          onDelete={(sessionId) =>
            call('mentoring.deleteSession', { id: sessionId }).then(
              () => notice('Session deleted.'),
              (e: Error) => notice(e.message, 'error'),
            )
          }
        />
      </section>
      <EndPairDialog
        pairId={p.id}
        open={ending}
        onClose={() => setEnding(false)}
        onEnded={() => {
          setEnding(false);
          notice('Pair ended.');
        }}
      />
      <Modal title="Not a fit: find another mentor?" open={askRematch} onClose={() => setAskRematch(false)}>
        <p>
          The first session was marked “not a fit”. You can end this pair now (the reason is recorded) and see other
          mentors for {p.mentee.name}.
        </p>
        <div className="form-actions">
          <button type="button" className="button button--primary" onClick={() => void endAndRematch(p.mentee.id)}>
            End pair and find another mentor
          </button>
          <button type="button" className="button" onClick={() => setAskRematch(false)}>
            Keep the pair for now
          </button>
        </div>
      </Modal>
    </>
  );
}

import { useState } from 'react';
import { plural } from '#shared/format';
import type { Interviewer, InterviewPrefs } from '#shared/interviews/model';
import { DataTable, type Column } from '#renderer/components/DataTable';
import { Modal } from '#renderer/components/Modal';
import { useToast } from '#renderer/components/toasts';
import { PanelMemberForm } from './PanelMemberForm';
import { PanelPrefsForm } from './PanelPrefsForm';

const MEMBER_COLUMNS: Column<Interviewer>[] = [
  { id: 'name', header: 'Name', rowHeader: true, cell: (i) => i.name },
  { id: 'scorecards', header: 'Scorecards', cell: (i) => i.scorecardCount },
  { id: 'team', header: 'On your team', cell: (i) => (i.personId ? 'Yes' : '—') },
];

/**
 * The people who interview with the manager, and who the manager is among them, read first;
 * "Add panel member…" and "Panel settings…" open a dialog.
 */
export function PanelSection({ interviewers, prefs }: { interviewers: Interviewer[]; prefs: InterviewPrefs }) {
  const notice = useToast();
  const [dialog, setDialog] = useState<'member' | 'prefs' | null>(null);
  const close = () => setDialog(null);
  const self = interviewers.find((i) => i.id === prefs.selfInterviewerId);
  return (
    <section className="iv-section" aria-labelledby="panel-heading">
      <div className="iv-section-head">
        <h2 id="panel-heading">Panel</h2>
        <div className="iv-section-head__actions">
          <button type="button" className="button button--quiet" onClick={() => setDialog('prefs')}>
            Panel settings…
          </button>
          <button type="button" className="button" onClick={() => setDialog('member')}>
            Add panel member…
          </button>
        </div>
      </div>
      <p>
        {self ? (
          <>
            You interview as <strong>{self.name}</strong>
          </>
        ) : (
          'You have not said which panel member you are'
        )}
        . Candidate data is kept {plural(prefs.retentionDays, 'day')} unless a role sets its own.
      </p>
      <DataTable
        rows={interviewers}
        rowKey={(i) => i.id}
        columns={MEMBER_COLUMNS}
        caption="Panel members"
        empty={<p className="muted">No one yet. Add yourself first, then the colleagues who interview with you.</p>}
      />
      <Modal title="Add panel member" open={dialog === 'member'} onClose={close}>
        <PanelMemberForm
          onCancel={close}
          onAdded={(name) => {
            close();
            notice(`Added ${name} to the panel list.`);
          }}
        />
      </Modal>
      <Modal title="Panel settings" open={dialog === 'prefs'} onClose={close}>
        <PanelPrefsForm
          interviewers={interviewers}
          prefs={prefs}
          onCancel={close}
          onSaved={() => {
            close();
            notice('Panel settings saved.');
          }}
        />
      </Modal>
    </section>
  );
}

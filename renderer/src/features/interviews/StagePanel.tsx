import { useId, useState } from 'react';
import { Link } from 'wouter';
import {
  KIT_KIND_WORDS,
  OUTCOME_LABELS,
  type CandidateDetail,
  type Interviewer,
  type KitSummary,
  type PanelEntry,
} from '#shared/interviews/model';
import { call } from '#renderer/api/client';
import { errorText } from '#renderer/api/serverErrors';
import { DataTable, type Column } from '#renderer/components/DataTable';
import { MenuButton } from '#renderer/components/Menu';
import { useToast } from '#renderer/components/toasts';
import { ScorecardImportDialog } from './ScorecardImportDialog';

const SOURCE_LABEL = { own: 'yours', entered: 'entered by you', imported: 'imported from file' } as const;

/** The panel's table. `kitVersion` is the kit as it stands now: a scorecard written before the kit was edited says so, in words. */
const panelColumns = (stage: string, kitVersion: number): Column<PanelEntry>[] => [
  {
    id: 'interviewer',
    header: 'Interviewer',
    rowHeader: true,
    cell: (p) => (
      <Link
        href={`/interviews/scorecards/${p.scorecardId}`}
        aria-label={`Scorecard of ${p.interviewerName} for ${stage}`}
      >
        {p.interviewerName}
      </Link>
    ),
  },
  {
    id: 'scorecard',
    header: 'Scorecard',
    cell: (p) => (
      <>
        <span className={`badge${p.status === 'submitted' ? ' iv-badge--ok' : ''}`}>
          {p.status === 'submitted' ? 'Submitted' : 'Draft'}
        </span>{' '}
        <span className="muted">{SOURCE_LABEL[p.source]}</span>
      </>
    ),
  },
  {
    id: 'questions',
    header: 'Questions',
    cell: (p) =>
      p.kitVersion === kitVersion ? 'Current kit' : <span className="muted">Before the kit was edited</span>,
  },
];

/** One stage of a candidate: who is on its panel, their scorecards, the decision, and the way to the debrief. */
export function StagePanel({
  detail,
  kit,
  interviewers,
}: {
  detail: CandidateDetail;
  kit: KitSummary;
  interviewers: Interviewer[];
}) {
  const notice = useToast();
  const headingId = useId();
  const [importing, setImporting] = useState(false);
  const panel = detail.panel.filter((p) => p.kitId === kit.id);
  const decision = detail.decisions.find((d) => d.kitId === kit.id);
  const candidateId = detail.candidate.id;
  const addable = interviewers.filter((i) => !panel.some((p) => p.interviewerId === i.id));

  const add = async (interviewerId: string) => {
    try {
      await call('interviews.addToPanel', { candidateId, kitId: kit.id, interviewerId });
    } catch (e) {
      notice(errorText(e), 'error');
    }
  };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {kit.stage} <span className="muted">· {KIT_KIND_WORDS[kit.kind]}</span>
      </h2>
      <DataTable
        rows={panel}
        rowKey={(p) => p.scorecardId}
        columns={panelColumns(kit.stage, kit.version)}
        caption={`Panel for ${kit.stage}`}
        empty={<p className="muted">No one on this panel yet.</p>}
      />
      {decision ? (
        <p className="iv-decision">
          <strong>Decision:</strong> {OUTCOME_LABELS[decision.outcome]} — {decision.rationale}
        </p>
      ) : null}
      <div className="iv-actions">
        {/* Stays pressable when everyone is on the panel: a disabled button would drop focus to the page after the last add. */}
        <MenuButton
          label="Add interviewer"
          ariaLabel={`Add interviewer to ${kit.stage}`}
          placement="bottom start"
          actions={
            addable.length
              ? addable.map((i) => ({ id: i.id, label: i.name, onAction: () => void add(i.id) }))
              : [{ id: 'none', label: 'Everyone on your panel list is on it', isDisabled: true, onAction: () => {} }]
          }
        />
        <button
          type="button"
          className="button"
          aria-label={`Import scorecard for ${kit.stage}`}
          onClick={() => setImporting(true)}
        >
          Import scorecard…
        </button>
        <Link href={`/interviews/candidates/${candidateId}/debrief/${kit.id}`} className="button button--primary">
          Open {kit.stage} debrief
        </Link>
      </div>
      <ScorecardImportDialog
        candidateId={candidateId}
        kit={kit}
        open={importing}
        onClose={() => setImporting(false)}
        onImported={(name) => notice(`Imported ${name}'s scorecard.`)}
      />
    </section>
  );
}

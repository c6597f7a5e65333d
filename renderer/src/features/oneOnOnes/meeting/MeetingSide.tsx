import { useState } from 'react';
import type { Meeting } from '#shared/oneOnOnes/model';
import { AskQuestion } from '../../questions/AskQuestion';
import { DetailsPanel } from './DetailsPanel';
import { ItemsPanel } from './ItemsPanel';
import { TemplatePicker } from './TemplatePicker';

/** The column beside the notes: agenda and actions as light checklists, then mood and tags. */
export function MeetingSide({ m }: { m: Meeting }) {
  const editable = !m.locked && m.status !== 'moved';
  // Offered open when the agenda is empty, the moment a template helps; tucked away otherwise.
  // Read once: the panel must not close under the manager when the first item arrives.
  const [openAtFirst] = useState(() => !m.items.some((i) => i.kind === 'agenda'));
  return (
    <div className="meeting__side">
      <ItemsPanel
        meeting={m}
        kind="agenda"
        footer={
          editable ? (
            <details className="meeting__fill" open={openAtFirst}>
              <summary>From a template or the question bank</summary>
              <TemplatePicker meeting={m} />
              <AskQuestion meeting={m} />
            </details>
          ) : null
        }
      />
      <ItemsPanel meeting={m} kind="action" />
      <DetailsPanel key={`details-${m.id}-${m.tags.join(',')}`} meeting={m} />
    </div>
  );
}

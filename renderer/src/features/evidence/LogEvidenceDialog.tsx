import { useEffect, useRef, useState } from 'react';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { PersonPicker } from '#renderer/components/pickers/PersonPicker';
import { useToast } from '#renderer/components/toasts';
import { useEvidenceCapture, type CaptureRequest } from './captureStore';
import { EvidenceForm } from './EvidenceForm';
import { localToday } from './today';

function ChoosePerson({ onChosen }: { onChosen: (id: string) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState<string | null>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => ref.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (value) onChosen(value);
      }}
    >
      <PersonPicker label="Whose evidence is it?" value={value} onChange={setValue} inputRef={ref} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={!value}>
          Continue
        </button>
      </div>
    </form>
  );
}

function LogForm({ personId, request }: { personId: string; request: CaptureRequest }) {
  const options = useRequest(() => call('evidence.options', { personId }), personId);
  const { close, saved } = useEvidenceCapture();
  const notice = useToast();
  const fromPrivateNotes = request.source?.kind === 'one_on_one' && request.source.notes === 'private';
  if (!options.data) return options.error ? <p role="alert">{options.error.message}</p> : null;
  return (
    <EvidenceForm
      initial={{
        happened: request.text ?? '',
        shows: '',
        seenOn: request.seenOn ?? localToday(),
        competencyIds: [],
        private: fromPrivateNotes,
        shareable: '',
      }}
      options={options.data}
      sourceLabel={request.sourceLabel}
      lockedPrivate={fromPrivateNotes}
      submitLabel="Log evidence"
      onCancel={close}
      onSubmit={async (fields) => {
        await call('evidence.log', { personId, source: request.source ?? { kind: 'direct' }, fields });
        notice(`Evidence logged for ${options.data!.personName}.`);
        saved();
      }}
    />
  );
}

/** Asks whose evidence it is when the capture did not say (the palette's "Log evidence…"). */
/** The dialog's content; EvidenceGlobal.tsx loads it when a capture starts. */
export function DialogBody({ request }: { request: CaptureRequest }) {
  const [chosen, setChosen] = useState('');
  const personId = request.personId || chosen;
  return personId ? (
    <LogForm key={personId} personId={personId} request={request} />
  ) : (
    <ChoosePerson onChosen={setChosen} />
  );
}

/** Mounted once in the app shell: the "Log evidence" dialog every capture opens. */

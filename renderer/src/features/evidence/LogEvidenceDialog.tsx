import { useEffect, useRef, useState } from 'react';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { useToast } from '#renderer/components/toasts';
import { useEvidenceCapture, type CaptureRequest } from './captureStore';
import { EvidenceForm } from './EvidenceForm';
import { localToday } from './today';
import { NamedOptions } from '#renderer/components/LabelledOptions';
import { SelectField } from '#renderer/components/InputFields';

function ChoosePerson({ onChosen }: { onChosen: (id: string) => void }) {
  const people = useRequest(() => call('people.list', {}), 'evidence-people');
  const ref = useRef<HTMLSelectElement>(null);
  const [value, setValue] = useState('');
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
      <SelectField
        label="Whose evidence is it?"
        id="evidence-person"
        ref={ref}
        value={value}
        onChange={(e) => setValue(e.target.value)}
      >
        <option value="">Choose a person…</option>
        <NamedOptions items={people.data ?? []} />
      </SelectField>
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

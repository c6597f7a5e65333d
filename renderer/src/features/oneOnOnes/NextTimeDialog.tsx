import { useEffect, useRef, useState, type FormEvent } from 'react';
import { call } from '#renderer/api/client';
import { useRefusal } from '#renderer/api/useRefusal';
import { TextField } from '#renderer/components/InputFields';
import { Modal } from '#renderer/components/Modal';
import { PersonPicker } from '#renderer/components/pickers/PersonPicker';
import { useToast } from '#renderer/components/toasts';
import { useNextTime } from './nextTimeStore';
import { isNextTimeShortcut, isPrivacyShortcut, usePrivacy } from './privacy';
import { FormActions } from '#renderer/components/FormActions';

function NextTimeForm({
  initialPerson,
  initialText,
  onDone,
}: {
  initialPerson: string;
  initialText: string;
  onDone: () => void;
}) {
  const [personId, setPersonId] = useState(initialPerson);
  // The name of the person chosen in the picker, for the notice (one given by the page is asked for).
  const [personName, setPersonName] = useState<string | null>(null);
  const [text, setText] = useState(initialText);
  const refusal = useRefusal(['personId', 'text']);
  // A refusal of no one field is read out under the topic, the form's last field.
  const textError = refusal.on('text') ?? refusal.formError;
  const notice = useToast();
  const close = useNextTime((s) => s.close);
  const personRef = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLInputElement>(null);
  // The dialog opens (showModal) after this form mounts, so focus waits a frame.
  useEffect(() => {
    const frame = requestAnimationFrame(() => (initialPerson ? textRef : personRef).current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [initialPerson]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!personId) {
      refusal.refuse('personId', 'Choose who the topic is for');
      return;
    }
    try {
      await call('oneOnOnes.queue', { personId, text });
      const name = personName ?? (await call('people.get', { id: personId })).name;
      notice(`Added to your next 1:1 with ${name}.`);
      onDone();
    } catch (err) {
      refusal.show(err);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <PersonPicker
        value={personId || null}
        onChange={(id, person) => {
          setPersonId(id ?? '');
          setPersonName(person?.name ?? null);
        }}
        inputRef={personRef}
        error={refusal.on('personId')}
      />
      <TextField label="Topic" error={textError} value={text} onChange={(e) => setText(e.target.value)} ref={textRef} />
      <FormActions submitLabel="Add to next 1:1" onCancel={close} />
    </form>
  );
}

/**
 * Mounted once in the app shell: the "next time" dialog and the two 1:1 shortcuts that
 * work on every screen (Ctrl+Shift+Y: next-time topic; Ctrl+Shift+H: hide private notes).
 */
export function OneOnOnesGlobal() {
  const { open, personId, text, close, saved, show } = useNextTime();
  const togglePrivacy = usePrivacy((s) => s.toggle);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isPrivacyShortcut(e)) {
        e.preventDefault();
        togglePrivacy();
      } else if (isNextTimeShortcut(e)) {
        e.preventDefault();
        show();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [togglePrivacy, show]);
  return (
    <Modal title="Topic for next time" open={open} onClose={close}>
      {open ? <NextTimeForm initialPerson={personId} initialText={text} onDone={saved} /> : null}
    </Modal>
  );
}

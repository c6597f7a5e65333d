import { plural } from '#shared/format';
import { useEffect, useState } from 'react';
import { Modal } from '#renderer/components/Modal';
import { useToast } from '#renderer/components/toasts';
import { useSample } from './sampleStore';

/** "Load sample team": offered where Cairn is empty (first run) and in Settings. */
export function LoadSampleButton({ primary = false }: { primary?: boolean }) {
  const load = useSample((s) => s.load);
  const notice = useToast();
  const [busy, setBusy] = useState(false);
  const run = () => {
    setBusy(true);
    load()
      .then(
        () => notice('Sample team loaded. Remove it from the People screen or Settings when you are done exploring.'),
        (e: Error) => notice(e.message, 'error'),
      )
      .finally(() => setBusy(false));
  };
  return (
    <button type="button" className={primary ? 'button button--primary' : 'button'} disabled={busy} onClick={run}>
      Load sample team
    </button>
  );
}

/** "Remove sample team", confirmed first: it also removes what was added to the sample people. */
export function RemoveSampleButton() {
  const remove = useSample((s) => s.remove);
  const notice = useToast();
  const [open, setOpen] = useState(false);
  const confirm = () =>
    remove().then(
      (kept) => {
        setOpen(false);
        notice(
          kept === 0
            ? 'Sample team removed.'
            : `Sample team removed, except ${plural(kept, 'record')} your own data still uses (such as the sample ladder). Remove it again once you no longer need them.`,
        );
      },
      (e: Error) => notice(e.message, 'error'),
    );
  return (
    <>
      <button type="button" className="button button--danger-quiet" onClick={() => setOpen(true)}>
        Remove sample team
      </button>
      <Modal title="Remove the sample team?" open={open} onClose={() => setOpen(false)}>
        <p>
          This deletes the sample people and teams and everything recorded about them, including anything you added to a
          sample person. People and teams you created yourself stay.
        </p>
        <div className="form-actions">
          <button type="button" className="button button--danger" onClick={() => void confirm()}>
            Remove sample team
          </button>
          <button type="button" className="button" onClick={() => setOpen(false)}>
            Keep it
          </button>
        </div>
      </Modal>
    </>
  );
}

/** Says plainly that the people shown are made up, wherever the sample is loaded. */
export function SampleBanner() {
  const { status, refresh } = useSample();
  useEffect(() => {
    void refresh();
  }, [refresh]);
  if (!status?.loaded) return null;
  return (
    <section className="sample-banner" aria-label="Sample team">
      <p>
        <strong>Sample team loaded.</strong> These people are made up, so you can explore Cairn. Remove them in one step
        when you are done.
      </p>
      <RemoveSampleButton />
    </section>
  );
}

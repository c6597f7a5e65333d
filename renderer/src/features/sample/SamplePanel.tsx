import { useEffect } from 'react';
import { LoadSampleButton, RemoveSampleButton } from './SampleControls';
import { useSample } from './sampleStore';

/** Settings: load the sample team into an empty Cairn, or remove it. */
export function SamplePanel() {
  const { status, refresh } = useSample();
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return (
    <section className="panel" aria-labelledby="sample-heading">
      <h2 id="sample-heading">Sample team</h2>
      <p className="muted">
        A made-up team with a few months of history, to explore Cairn before adding your own people. It is marked as
        sample data and removed in one step.
      </p>
      {status?.loaded ? (
        <div className="form-actions">
          <RemoveSampleButton />
        </div>
      ) : status?.canLoad ? (
        <div className="form-actions">
          <LoadSampleButton />
        </div>
      ) : status ? (
        <p>The sample team loads only into an empty Cairn, so that made-up people never mix with yours.</p>
      ) : null}
    </section>
  );
}

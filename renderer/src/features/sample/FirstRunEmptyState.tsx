import { Link } from 'wouter';
import { EmptyState } from '#renderer/components/EmptyState';
import { LoadSampleButton } from './SampleControls';

/** What an empty Cairn shows (on Home and on People): add someone, or load the sample team. */
export function FirstRunEmptyState() {
  return (
    <EmptyState
      title="No people yet"
      action={
        <>
          <Link href="/people/new" className="button button--primary">
            Add your first person
          </Link>
          <LoadSampleButton />
        </>
      }
    >
      <p>Add the people you manage, mentor or meet with. Their 1:1s, growth and goals gather on their page.</p>
      <p>Or load a made-up sample team to look around first; it is removed in one step.</p>
    </EmptyState>
  );
}

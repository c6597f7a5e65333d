import { plural } from '#shared/format';

interface ShowMoreProps {
  shown: number;
  total: number;
  /** What is counted, singular ("1:1", "person"); `whatPlural` when adding "s" is wrong. */
  what: string;
  whatPlural?: string;
  /** How many the button brings; nothing is drawn when 0. */
  next: number;
  loading: boolean;
  onMore: () => void;
}

/** Under a list shown a page at a time: how much of it is shown, and a button for the next page. */
export function ShowMore({ shown, total, what, whatPlural, next, loading, onMore }: ShowMoreProps) {
  if (next <= 0) return null;
  return (
    <div className="show-more">
      <p className="muted">{`Showing ${shown} of ${plural(total, what, whatPlural)}.`}</p>
      {/* Not disabled while loading: that would drop the focus it holds onto the page. */}
      <button type="button" className="button" aria-disabled={loading} onClick={onMore}>
        {loading ? 'Loading…' : `Show ${next} more`}
      </button>
    </div>
  );
}

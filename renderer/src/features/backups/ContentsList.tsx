import { describeContents } from '#shared/data/contents';

/** What a backup or an export holds, in a manager's words ("7 people", "41 1:1s"), in columns that keep a dialog short. */
export function ContentsList({ counts, label }: { counts: Record<string, number>; label: string }) {
  const lines = describeContents(counts);
  if (lines.length === 0) return <p>Nothing: no people, 1:1s, ladders or scorecards.</p>;
  return (
    <ul className="contents-list" aria-label={label}>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

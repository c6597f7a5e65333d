/**
 * Topics as a comma-separated list that wraps between topics, never inside one: "on-call"
 * broke at its hyphen and "incident response" across two lines in a narrow column.
 */
export function Topics({ topics }: { topics: readonly string[] }) {
  return topics.map((topic, i) => (
    <span key={`${i}:${topic}`}>
      {i ? ', ' : ''}
      <span className="nowrap">{topic}</span>
    </span>
  ));
}

/** Places kept on the prep view for domains still to come; they say what will appear. */
export function StretchGoalsPlaceholder(_props: { personId: string }) {
  return (
    <section className="panel prep-panel" aria-labelledby="prep-goals">
      <h2 id="prep-goals">Stretch goals</h2>
      <p className="muted">Stretch goals and what is due on them will appear here once goals are set up.</p>
    </section>
  );
}

export function AssessmentGapsPlaceholder(_props: { personId: string }) {
  return (
    <section className="panel prep-panel" aria-labelledby="prep-gaps">
      <h2 id="prep-gaps">Assessment gaps</h2>
      <p className="muted">The gaps from their latest ladder assessment will appear here once ladders and assessments are set up.</p>
    </section>
  );
}

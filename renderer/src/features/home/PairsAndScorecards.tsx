import { Link } from 'wouter';
import type { HomePair, HomeScorecard } from '#shared/home/model';
import { HealthFlags } from '../mentoring/HealthFlags';
import { formatDateTime } from '#shared/format';

export function PairsNeedingAttention({ pairs }: { pairs: HomePair[] }) {
  return (
    <section className="panel home-panel" aria-labelledby="home-pairs">
      <h2 id="home-pairs">Mentoring pairs needing attention</h2>
      {pairs.length === 0 ? (
        <p className="muted">Every active pair is meeting as agreed.</p>
      ) : (
        <ul className="home-list">
          {pairs.map((p) => (
            <li key={p.pairId} className="home-row">
              <div>
                <Link href={`/mentoring/pairs/${p.pairId}`} className="home-row__title">
                  {p.mentor.name} mentoring {p.mentee.name}
                </Link>
                <div className="home-row__meta">
                  <HealthFlags health={p.health} status="active" />
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ScorecardsToSubmit({ scorecards, selfSet }: { scorecards: HomeScorecard[]; selfSet: boolean }) {
  return (
    <section className="panel home-panel" aria-labelledby="home-scorecards">
      <h2 id="home-scorecards">Scorecards to submit</h2>
      {!selfSet ? (
        <p className="muted">
          Say which panel member you are in <Link href="/interviews">Interviews</Link> to see your own unsubmitted
          scorecards here.
        </p>
      ) : scorecards.length === 0 ? (
        <p className="muted">All your scorecards are submitted.</p>
      ) : (
        <ul className="home-list">
          {scorecards.map((s) => (
            <li key={s.scorecardId} className="home-row">
              <div>
                <Link href={`/interviews/scorecards/${s.scorecardId}`} className="home-row__title">
                  {s.candidateLabel}, {s.stage}
                </Link>
                <span className="home-row__meta">
                  {s.roleTitle} · draft since {formatDateTime(s.createdAt)}
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

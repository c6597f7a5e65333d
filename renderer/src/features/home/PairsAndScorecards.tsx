import { Link } from 'wouter';
import type { HomePair, HomeScorecard } from '#shared/home/model';
import { HealthFlags } from '../mentoring/HealthFlags';
import { formatDateTime } from '#shared/format';
import { HomePanel } from './HomePanel';

export function PairsNeedingAttention({ pairs }: { pairs: HomePair[] }) {
  return (
    <HomePanel
      id="home-pairs"
      title="Mentoring pairs needing attention"
      rows={pairs}
      rowKey={(p) => p.pairId}
      empty="Every active pair is meeting as agreed."
    >
      {(p) => (
        <div>
          <Link href={`/mentoring/pairs/${p.pairId}`} className="home-row__title">
            {p.mentor.name} mentoring {p.mentee.name}
          </Link>
          <div className="home-row__meta">
            <HealthFlags health={p.health} status="active" />
          </div>
        </div>
      )}
    </HomePanel>
  );
}

export function ScorecardsToSubmit({ scorecards, selfSet }: { scorecards: HomeScorecard[]; selfSet: boolean }) {
  return (
    <HomePanel
      id="home-scorecards"
      title="Scorecards to submit"
      // Until the manager says who they are on the panel, none of the scorecards is known to be theirs.
      rows={selfSet ? scorecards : []}
      rowKey={(s) => s.scorecardId}
      empty={
        selfSet ? (
          'All your scorecards are submitted.'
        ) : (
          <>
            Say which panel member you are in <Link href="/interviews">Interviews</Link> to see your own unsubmitted
            scorecards here.
          </>
        )
      }
    >
      {(s) => (
        <div>
          <Link href={`/interviews/scorecards/${s.scorecardId}`} className="home-row__title">
            {s.candidateLabel}, {s.stage}
          </Link>
          <span className="home-row__meta">
            {s.roleTitle} · draft since {formatDateTime(s.createdAt)}
          </span>
        </div>
      )}
    </HomePanel>
  );
}

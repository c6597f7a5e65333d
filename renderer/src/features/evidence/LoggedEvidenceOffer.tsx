import type { EvidenceEntry } from '#shared/evidence/model';
import { sourceName } from '#shared/evidence/words';
import { formatDate } from '#shared/format';

/** What an assessment's evidence item gets from a log entry. */
export interface AttachedEvidence {
  text: string;
  competencyIds: string[];
  seenOn: string;
  /** The 1:1 it came from, when it did. */
  meetingId: string | null;
}

/**
 * The text an assessment may carry: an assessment is shared (promotion cases), so a private
 * entry goes in only through its shareable version.
 */
function attachableText(entry: EvidenceEntry): string | null {
  if (entry.private) return entry.shareable.trim() || null;
  return entry.shows ? `${entry.happened} — ${entry.shows}` : entry.happened;
}

/**
 * Beside one competency of the assessment form: the evidence logged for it since the last
 * assessment, each attached with one action (it becomes one of the assessment's evidence items).
 */
export function LoggedEvidenceOffer({
  competencyId,
  competencyName,
  entries,
  ratedIds,
  attachedTexts,
  onAttach,
}: {
  competencyId: string;
  competencyName: string;
  entries: EvidenceEntry[];
  /** The competencies this assessment rates: an attached item links to those it supports. */
  ratedIds: string[];
  attachedTexts: Set<string>;
  onAttach: (evidence: AttachedEvidence) => void;
}) {
  const mine = entries.filter((e) => e.competencyIds.includes(competencyId));
  if (!mine.length) return null;
  return (
    <div className="assessment-evidence-offer">
      <strong>Logged since the last assessment</strong>
      <ul aria-label={`Logged evidence for ${competencyName}`}>
        {mine.map((e) => {
          const text = attachableText(e);
          const attached = text !== null && attachedTexts.has(text);
          return (
            <li key={e.id}>
              <span>
                {formatDate(e.seenOn)}: {e.private && !text ? 'A private entry' : text}{' '}
                <span className="muted">· {sourceName(e.source, formatDate)}</span>
              </span>
              {text === null ? (
                <span className="muted">Private: give it a shareable version to attach it</span>
              ) : attached ? (
                <span className="muted">Attached</span>
              ) : (
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() =>
                    onAttach({
                      text,
                      competencyIds: e.competencyIds.filter((c) => ratedIds.includes(c)),
                      seenOn: e.seenOn,
                      meetingId: e.source.kind === 'one_on_one' ? e.source.id : null,
                    })
                  }
                >
                  Attach<span className="visually-hidden"> to {competencyName}</span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

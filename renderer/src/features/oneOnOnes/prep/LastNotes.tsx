import { formatDate } from '#shared/format';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { Prep } from '#shared/oneOnOnes/model';
import { Markdown } from '../Markdown';
import { PrivateNote } from '../PrivateNote';

/**
 * The last meeting's notes as an excerpt a few lines tall, so the rest of the brief stays on
 * screen; "Show all" opens the whole text in place. The toggle appears only when text is cut.
 */
export function LastNotes({ last }: { last: Prep['lastMeeting'] }) {
  const [expanded, setExpanded] = useState(false);
  const [cut, setCut] = useState(false);
  const body = useRef<HTMLDivElement>(null);
  const bodyId = useId();
  useLayoutEffect(() => {
    const el = body.current;
    if (el && !expanded) setCut(el.scrollHeight > el.clientHeight + 1);
  }, [last, expanded]);
  return (
    <section className="panel prep-brief__panel" aria-labelledby="last-heading">
      <div className="prep-brief__heading">
        <h2 id="last-heading">Last time</h2>
        {last ? (
          <Link href={`/one-on-ones/meeting/${last.id}`} className="muted">
            {formatDate(last.date)}
          </Link>
        ) : null}
      </div>
      {last ? (
        <>
          <div
            ref={body}
            id={bodyId}
            className={expanded ? 'prep-notes' : 'prep-notes prep-notes--excerpt'}
            data-cut={cut && !expanded ? 'true' : undefined}
          >
            {last.sharedNotes.trim() ? <Markdown text={last.sharedNotes} /> : <p className="muted">No shared notes.</p>}
            <PrivateNote text={last.privateNotes} />
          </div>
          {cut || expanded ? (
            <button
              type="button"
              className="button button--quiet button--small"
              aria-expanded={expanded}
              aria-controls={bodyId}
              onClick={() => setExpanded((e) => !e)}
            >
              {expanded ? 'Show less' : 'Show all notes'}
            </button>
          ) : null}
        </>
      ) : (
        <p className="muted">No 1:1 held yet.</p>
      )}
    </section>
  );
}

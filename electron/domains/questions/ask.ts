import { TEMPLATE_QUESTION, type AskResult } from '#shared/questions/model';
import type { WritableDB } from '../../db/access';
import type { HandlerContext } from '../../ipc/context';
import { conflict, invalid, notFound } from '../../ipc/domainError';
import * as oq from '../oneOnOnes/queries';
import * as schedule from '../oneOnOnes/schedule';
import * as qq from './queries';

/**
 * A template item "Question from career" becomes a career question the person has not been
 * asked (recorded as asked in this meeting); any other item stays as it is. Null when the
 * category has no question at all.
 */
export function templateItemText(
  db: WritableDB,
  personId: string,
  meetingId: string,
  item: string,
  stamp: string,
): string | null {
  const category = TEMPLATE_QUESTION.exec(item)?.[1]?.trim().toLowerCase();
  if (!category) return item;
  const question = qq.nextQuestionFor(db, personId, category);
  if (!question) return null;
  qq.recordAsked(db, personId, question.id, meetingId, stamp);
  return question.text;
}

/** "Ask a question…": the person's next question (of a category, if chosen) onto the meeting's agenda. */
export function askQuestion(ctx: HandlerContext, meetingId: string, category: string | null): AskResult {
  const m = oq.findMeeting(ctx.db, meetingId);
  if (!m) throw notFound('1:1', 'meetingId');
  if (m.status === 'moved') throw conflict(`This meeting moved to ${m.moved_to}; ask there.`, 'meetingId');
  if (oq.isLocked(ctx.db, m)) throw conflict('This meeting is read-only because a later one was held.', 'meetingId');
  const question = qq.nextQuestionFor(ctx.db, m.person_id, category);
  if (!question) {
    throw invalid(
      category
        ? `There are no questions in “${category}”. Import some or pick another category.`
        : 'The question bank is empty. Import some questions first.',
      'category',
    );
  }
  const stamp = ctx.now().toISOString();
  const id = oq.insertItem(
    ctx.db,
    {
      personId: m.person_id,
      kind: 'agenda',
      side: 'me',
      text: question.text,
      dueDate: null,
      queued: false,
      recurringId: null,
      originMeetingId: m.id,
    },
    stamp,
  );
  oq.link(ctx.db, m.id, id);
  qq.recordAsked(ctx.db, m.person_id, question.id, m.id, stamp);
  // A question asked in an earlier meeting stays open: it reaches the next one too.
  schedule.ensureUpcoming(ctx.db, m.person_id, ctx.now());
  return { question: qq.findQuestion(ctx.db, question.id)! };
}

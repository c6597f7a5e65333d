import type { HandlerMap } from '../../ipc/handlers';
import { conflict, notFound } from '../../ipc/domainError';
import { askQuestion } from './ask';
import { importBank } from './importBank';
import { questionKey } from './normalise';
import * as qq from './queries';

type QuestionChannel =
  'questions.list' | 'questions.categories' | 'questions.import' | 'questions.update' | 'questions.ask';

export const questionHandlers: HandlerMap<QuestionChannel> = {
  'questions.list': (ctx, filter) => qq.listQuestions(ctx.db, filter),
  'questions.categories': (ctx) => qq.categories(ctx.db),
  'questions.import': (ctx, input) => importBank(ctx, input),
  'questions.update': (ctx, { id, text, category, starred }) => {
    if (!qq.findQuestion(ctx.db, id)) throw notFound('question');
    if (text !== undefined && qq.keyTaken(ctx.db, questionKey(text), id)) {
      throw conflict('This question is already in the bank.', 'text');
    }
    const stamp = ctx.now().toISOString();
    ctx.db
      .prepare(
        `UPDATE qb_questions SET text = coalesce(@text, text), key = coalesce(@key, key), category = coalesce(@category, category),
           starred = coalesce(@starred, starred), updated_at = @stamp WHERE id = @id`,
      )
      .run({
        id,
        text: text ?? null,
        key: text !== undefined ? questionKey(text) : null,
        category: category !== undefined ? category.toLowerCase() : null,
        starred: starred === undefined ? null : starred ? 1 : 0,
        stamp,
      });
    return qq.findQuestion(ctx.db, id)!;
  },
  'questions.ask': (ctx, { meetingId, category }) => askQuestion(ctx, meetingId, category),
};

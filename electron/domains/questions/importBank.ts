import type { BankPreview, ImportBankInput } from '#shared/questions/model';
import type { HandlerContext } from '../../ipc/context';
import { questionKey } from './normalise';
import * as qq from './queries';
import { readBank } from './readBank';

/**
 * A bank file: checked whole, duplicates merged (in the file and against the bank), then on
 * commit every new question inserted in the request's transaction: all or nothing. A file
 * with any problem imports nothing.
 */
export function importBank(ctx: HandlerContext, input: ImportBankInput): BankPreview {
  const read = readBank(input.fileName, input.text, input.language);
  const preview: BankPreview = {
    format: read.format,
    languages: read.languages,
    questions: [],
    mergedInFile: 0,
    alreadyInBank: 0,
    problems: read.problems,
    imported: 0,
  };
  if (read.problems.length) return preview;
  const existing = qq.existingKeys(ctx.db);
  const seen = new Map<string, { text: string; category: string; inBank: boolean }>();
  for (const q of read.questions) {
    const key = questionKey(q.text);
    const first = seen.get(key);
    if (first) {
      preview.mergedInFile += 1;
      if (!first.category) first.category = q.category;
      continue;
    }
    const inBank = existing.has(key);
    if (inBank) preview.alreadyInBank += 1;
    seen.set(key, { text: q.text, category: q.category, inBank });
  }
  preview.questions = [...seen.values()].filter((q) => !q.inBank).map(({ text, category }) => ({ text, category }));
  if (!input.commit) return preview;
  const stamp = ctx.now().toISOString();
  for (const q of preview.questions) qq.insertQuestion(ctx.db, { ...q, source: input.fileName }, stamp);
  return { ...preview, imported: preview.questions.length };
}

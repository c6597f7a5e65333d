import { continued } from '#shared/format';
import { invalid } from '../../ipc/domainError';
import type { NoteSeal } from './noteSeals';
import { calendarAndQuestionRules } from './rules/calendarAndQuestions';
import type { Row, RowProblem, RuleContext, TableRules } from './rules/check';
import { growthRules } from './rules/growth';
import { interviewRules } from './rules/interviews';
import { ladderRules } from './rules/ladders';
import { oneOnOnesRules } from './rules/oneOnOnes';
import { peopleRules } from './rules/people';
import { columnWords, RowWords } from './rowWords';

function rulesFor(seals: Record<string, NoteSeal> | null): Record<string, TableRules> {
  return {
    ...peopleRules,
    ...oneOnOnesRules(seals),
    ...ladderRules,
    ...interviewRules,
    ...growthRules,
    ...calendarAndQuestionRules,
  };
}

function apply(
  tables: Record<string, Row[]>,
  rules: Record<string, TableRules>,
  check: (r: TableRules, row: Row) => RowProblem | null,
) {
  for (const [table, rows] of Object.entries(tables)) {
    const tableRules = rules[table];
    if (!tableRules) continue;
    rows.forEach((row, index) => {
      const problem = check(tableRules, row);
      if (problem) throw refusal(new RowWords(tables).describe(table, index), problem);
    });
  }
}

/**
 * Holds every row of a full export to the rules the app applies when that row is written
 * through its own channels (the same schemas and rule functions), so a file edited by hand
 * cannot put into the store what Cairn itself would refuse, and then break a screen. The
 * first problem refuses the whole file, naming the record as the screens do ("Person 2
 * (“Priya”)", counted from 1 in the file's list of them) and the field. This half looks at each row alone, before
 * anything is written, so the store's own constraints never speak first.
 */
export function checkRowsAlone(tables: Record<string, Row[]>): void {
  apply(tables, rulesFor(null), (rules, row) => rules.own?.(row) ?? null);
}

/**
 * The other half: what a row points at (the same person both ways, a version of its own kit,
 * a complete submitted scorecard, notes of a read-only 1:1 as sealed). Runs with the file's
 * rows inserted, inside the import's transaction, so a refusal leaves nothing behind.
 */
export function checkRowLinks(
  tables: Record<string, Row[]>,
  ctx: RuleContext,
  seals: Record<string, NoteSeal> | null,
): void {
  apply(tables, rulesFor(seals), (rules, row) => rules.links?.(row, ctx) ?? null);
}

/**
 * "… Scorecard 3 for “Cleo Park”, its recommendation: choose one before submitting." A rule's
 * fragment ("is missing", "points at a 1:1 of another person") reads on from the field instead.
 */
function refusal(where: string, problem: RowProblem) {
  const field = columnWords(problem.field);
  const what = /^[a-z]/.test(problem.message)
    ? `${where}: its ${field} ${problem.message.replace(/\.$/, '')}`
    : `${where}, its ${field}: ${continued(problem.message)}`;
  return invalid(
    `The file holds a record Cairn would not have written (was it edited by hand?), so nothing was imported. ${what}.`,
    'json',
  );
}

import { invalid } from '../../ipc/domainError';
import type { NoteSeal } from './noteSeals';
import { calendarAndQuestionRules } from './rules/calendarAndQuestions';
import type { Row, RowProblem, RuleContext, TableRules } from './rules/check';
import { growthRules } from './rules/growth';
import { interviewRules } from './rules/interviews';
import { ladderRules } from './rules/ladders';
import { oneOnOnesRules } from './rules/oneOnOnes';
import { peopleRules } from './rules/people';

/** What each table holds, in the words of the screens, for messages about a row of it. */
const TABLE_WORDS: Record<string, string> = {
  people: 'People',
  teams: 'Teams',
  oo_series: '1:1 series',
  oo_meetings: '1:1s',
  oo_items: '1:1 agenda items and actions',
  oo_templates: '1:1 templates',
  ladders: 'Ladders',
  ladder_versions: 'Ladder versions',
  assessments: 'Assessments',
  scorecards: 'Scorecards',
  candidates: 'Candidates',
  goals: 'Goals',
  mentoring_pairs: 'Mentoring pairs',
  evidence_entries: 'Evidence log',
};

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
      if (problem) throw refusal(table, index, problem);
    });
  }
}

/**
 * Holds every row of a full export to the rules the app applies when that row is written
 * through its own channels (the same schemas and rule functions), so a file edited by hand
 * cannot put into the store what Cairn itself would refuse, and then break a screen. The
 * first problem refuses the whole file, naming the table, the row (counted from 1 in the
 * file's list for that table) and the field. This half looks at each row alone, before
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

function refusal(table: string, index: number, problem: RowProblem) {
  const words = TABLE_WORDS[table];
  const where = words ? `${words} (tables.${table})` : `tables.${table}`;
  return invalid(
    `The file holds a row Cairn would not have written (was it edited by hand?), so nothing was imported. ${where}, row ${index + 1}, field ${problem.field}: ${problem.message.replace(/\.$/, '')}.`,
    'json',
  );
}

import { load } from 'js-yaml';
import { ladderDocShape, ladderProblems, type ImportProblem, type LadderDoc } from '#shared/ladders/model';
import { lineOf, yamlLineMap, yamlSyntaxProblem, type LineMap } from './yamlLines';

export type ImportOutcome = { ladder: LadderDoc } | { errors: ImportProblem[] };

/** Collects problems with their field path and, where the source has one, their line. */
export class Problems {
  readonly list: ImportProblem[] = [];
  constructor(private readonly lines: LineMap = new Map()) {}

  add(path: (string | number)[], message: string, line?: number): void {
    const at = line ?? lineOf(this.lines, path);
    this.list.push({
      ...(at !== undefined ? { line: at } : {}),
      ...(path.length ? { field: path.join('.') } : {}),
      message,
    });
  }
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Text from a scalar: YAML reads `id: 3` as a number, which is still a fine key. */
export function scalarText(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

export function loadYaml(
  text: string,
  firstLine = 1,
): { value: unknown; lines: LineMap } | { errors: ImportProblem[] } {
  try {
    const value = load(text);
    return { value, lines: yamlLineMap(text, firstLine) };
  } catch (error) {
    return { errors: [yamlSyntaxProblem(error, firstLine)] };
  }
}

/**
 * The last check every importer's result goes through: the same shape and references the
 * store demands, so an import can never produce a ladder the editor would refuse.
 */
export function finish(candidate: unknown, problems: Problems): ImportOutcome {
  if (problems.list.length) return { errors: problems.list };
  const parsed = ladderDocShape.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 50)) problems.add(issue.path.map(String), issue.message);
    return { errors: problems.list };
  }
  for (const p of ladderProblems(parsed.data)) problems.add(p.path.map(String), p.message);
  return problems.list.length ? { errors: problems.list } : { ladder: parsed.data };
}

/** A ladder name from a file name: "Backend ladder.csv" → "Backend ladder". */
export function nameFromFile(fileName: string, fallback: string): string {
  const stem = fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]+$/, '')
    .trim();
  return (stem || fallback).slice(0, 160);
}

import { pathSteps, placeInFile } from '#shared/schemas/placeInFile';
import { boolCoreTag, FAILSAFE_SCHEMA, load, nullCoreTag } from 'js-yaml';
import { ladderDocShape, ladderProblems, type ImportProblem, type LadderDoc } from '#shared/ladders/model';
import { lineOf, yamlLineMap, yamlSyntaxProblem, type LineMap } from './yamlLines';
import { ladderProblemSentence } from './placeWords';

export type ImportOutcome = { ladder: LadderDoc } | { errors: ImportProblem[] };

/**
 * Collects problems, each a sentence that says where in the manager's words ("Competency 3
 * (“Delivery”): give it a name.") and, where the file has one, its line. `source` is the file
 * as read, for the names of the entries a path goes through; `field` keeps the path as counted
 * in the file, for whoever needs the exact place.
 */
export class Problems {
  readonly list: ImportProblem[] = [];
  constructor(
    private readonly lines: LineMap = new Map(),
    private source: unknown = undefined,
  ) {}

  /** What later paths point into: the converted ladder, once the file has been turned into one. */
  readFrom(source: unknown): void {
    this.source = source;
  }

  add(path: (string | number)[], message: string, line?: number): void {
    const at = line ?? lineOf(this.lines, path);
    this.list.push({
      ...(at !== undefined ? { line: at } : {}),
      ...(path.length ? { field: placeInFile(path) } : {}),
      message: ladderProblemSentence(path, message, this.source),
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

/**
 * YAML as a third-party ladder file (FT) means it: null and true/false are values, and every other scalar is
 * text exactly as written. With YAML's number types, `id: 123456789012345678901234567890`
 * became 1.2345678901234568e+29 and `0x10` became 16.
 */
const LADDER_YAML = FAILSAFE_SCHEMA.withTags(nullCoreTag, boolCoreTag);

export function loadYaml(
  text: string,
  firstLine = 1,
  scalars: 'typed' | 'text' = 'typed',
): { value: unknown; lines: LineMap } | { errors: ImportProblem[] } {
  try {
    const value = scalars === 'text' ? load(text, { schema: LADDER_YAML }) : load(text);
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
  problems.readFrom(candidate);
  const parsed = ladderDocShape.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 50)) problems.add(pathSteps(issue.path), issue.message);
    return { errors: problems.list };
  }
  for (const p of ladderProblems(parsed.data)) problems.add(p.path, p.message);
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

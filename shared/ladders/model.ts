import { z } from 'zod';
import { requiredLine, requiredText } from '../schemas/fields';
import { ratingScaleSchema, scaleProblems } from './scale';

/**
 * A ladder document: the whole of one ladder version. It is stored, exported and imported
 * in this shape (Cairn's own format adds `format` and `formatVersion`), so a round trip is
 * exact. Ids are the ladder's own keys (slugs or UUIDs) and stay stable across versions,
 * which is what lets two versions be compared and assessments follow a competency.
 */
export const ladderKeySchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
  .trim()
  .min(1, 'must not be empty')
  .max(100, 'must be at most 100 characters')
  .regex(/^[^\s]+$/, 'must not contain spaces');

const text = (label: string, max: number) =>
  z
    .string({ message: `${label} must be text` })
    .trim()
    .max(max, `${label} must be at most ${max} characters`);

export const trackSchema = z.strictObject({ id: ladderKeySchema, name: requiredLine('Track name', 100) });
export const levelSchema = z.strictObject({
  id: ladderKeySchema,
  name: requiredLine('Level name', 120),
  track: ladderKeySchema,
});
export const areaSchema = z.strictObject({
  id: ladderKeySchema,
  name: requiredLine('Area name', 120),
  description: text('Description', 2000).default(''),
});
export const competencySchema = z.strictObject({
  id: ladderKeySchema,
  area: ladderKeySchema,
  name: requiredLine('Competency name', 160),
  description: text('Description', 2000).default(''),
});
export const expectationSchema = z.strictObject({
  competency: ladderKeySchema,
  level: ladderKeySchema,
  text: requiredText('Expectation', 8000),
  examples: z.array(requiredText('Example', 2000), { message: 'must be a list of texts' }).max(50).default([]),
});

const list = <T extends z.ZodType>(item: T, what: string, min: number, max: number) =>
  z
    .array(item, { message: `must be a list of ${what}` })
    .min(min, min === 1 ? 'must have at least one entry' : `must have at least ${min} ${what}`)
    .max(max, `must have at most ${max} ${what}`);

/** Shape only; `ladderProblems` checks the references between parts. */
export const ladderDocShape = z.strictObject({
  name: requiredLine('Ladder name', 160),
  description: text('Description', 4000).default(''),
  /** The ladder's own rating scale; without one, assessments use the standard three steps (scale.ts). */
  scale: ratingScaleSchema.optional(),
  tracks: list(trackSchema, 'tracks', 1, 20),
  levels: list(levelSchema, 'levels', 1, 100),
  areas: list(areaSchema, 'areas', 1, 100),
  competencies: list(competencySchema, 'competencies', 1, 400),
  expectations: list(expectationSchema, 'expectations', 0, 20000),
});
export type LadderDoc = z.output<typeof ladderDocShape>;
export type Track = LadderDoc['tracks'][number];
export type Level = LadderDoc['levels'][number];
export type Area = LadderDoc['areas'][number];
export type Competency = LadderDoc['competencies'][number];
export type Expectation = LadderDoc['expectations'][number];

export interface LadderProblem {
  /** Path inside the document, e.g. "levels.2.id". */
  path: (string | number)[];
  message: string;
}

function duplicates(items: { id: string }[], part: string, out: LadderProblem[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      out.push({ path: [part, i, 'id'], message: `“${item.id}” is already used by another entry: give each its own` });
    seen.add(item.id);
  });
  return seen;
}

/** References between the parts: every id unique, every reference pointing at something. */
export function ladderProblems(doc: LadderDoc): LadderProblem[] {
  const out: LadderProblem[] = [];
  const tracks = duplicates(doc.tracks, 'tracks', out);
  const levels = duplicates(doc.levels, 'levels', out);
  const areas = duplicates(doc.areas, 'areas', out);
  const competencies = duplicates(doc.competencies, 'competencies', out);
  doc.levels.forEach((l, i) => {
    if (!tracks.has(l.track))
      out.push({ path: ['levels', i, 'track'], message: `“${l.track}” is not one of the ladder's tracks` });
  });
  doc.competencies.forEach((c, i) => {
    if (!areas.has(c.area))
      out.push({ path: ['competencies', i, 'area'], message: `“${c.area}” is not one of the ladder's areas` });
  });
  const cells = new Set<string>();
  doc.expectations.forEach((e, i) => {
    if (!competencies.has(e.competency)) {
      out.push({
        path: ['expectations', i, 'competency'],
        message: `“${e.competency}” is not one of the ladder's competencies`,
      });
    }
    if (!levels.has(e.level))
      out.push({ path: ['expectations', i, 'level'], message: `“${e.level}” is not one of the ladder's levels` });
    const cell = `${e.competency}\u0000${e.level}`;
    if (cells.has(cell)) {
      out.push({
        path: ['expectations', i],
        message: `There is already an expectation for “${e.competency}” at “${e.level}”: keep one of the two`,
      });
    }
    cells.add(cell);
  });
  if (doc.scale) for (const p of scaleProblems(doc.scale)) out.push({ path: ['scale', ...p.path], message: p.message });
  for (const t of doc.tracks) {
    if (!doc.levels.some((l) => l.track === t.id))
      out.push({ path: ['tracks'], message: `Track “${t.name}” has no levels: give it one, or remove the track` });
  }
  return out;
}

/** A full ladder document, references checked: what ladders.update accepts. */
export const ladderDocSchema = ladderDocShape.superRefine((doc, ctx) => {
  for (const p of ladderProblems(doc)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
});

export type { Rating } from './scale';

export interface LadderSummary {
  id: string;
  name: string;
  source: string;
  versionNumber: number;
  tracks: number;
  levels: number;
  competencies: number;
  assessments: number;
  updatedAt: string;
  /** Tracks and levels of the current version, for choosing a person's place on the ladder. */
  placement: { tracks: Track[]; levels: Level[] };
}

export interface LadderVersionInfo {
  id: string;
  number: number;
  createdAt: string;
  assessments: number;
}

export interface Ladder {
  id: string;
  name: string;
  source: string;
  /** The version shown: the current one unless another was asked for. */
  version: LadderVersionInfo;
  currentVersionId: string;
  versions: LadderVersionInfo[];
  doc: LadderDoc;
}

export const IMPORT_FORMATS = ['auto', 'cairn', 'csv', 'ft-yaml', 'monzo-md'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export const IMPORT_FORMAT_LABELS: Record<ImportFormat, string> = {
  auto: 'Detect from the file',
  cairn: 'Cairn ladder (JSON or YAML)',
  csv: 'CSV matrix (competency × level)',
  'ft-yaml': 'Financial Times progression (YAML)',
  'monzo-md': 'Monzo progression framework (Markdown)',
};

/** Files larger than this are refused before parsing: a ladder is a few hundred KB at most. */
export const MAX_IMPORT_BYTES = 1_000_000;

export interface ImportProblem {
  line?: number;
  /** The place as counted in the file ("competencies › item 3 › name"), for tools; the message already says where in words. */
  field?: string;
  /** One sentence in a manager's words that says what and where: "Competency 3 (“Delivery”): give it a name." */
  message: string;
}

export type ImportPreview =
  | { ok: true; format: Exclude<ImportFormat, 'auto'>; ladder: LadderDoc }
  | { ok: false; format: Exclude<ImportFormat, 'auto'> | null; errors: ImportProblem[] };

export interface BuiltInLadder {
  key: string;
  name: string;
  description: string;
}

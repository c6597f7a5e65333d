import { z } from 'zod';
import { idSchema, requiredLine, requiredText } from '../schemas/fields';
import { addCompetency, addLevel, removeCompetency, renameLadder, setExpectation } from './edit';
import { ladderKeySchema, type Competency, type Ladder, type LadderDoc, type LadderVersionInfo } from './model';

/**
 * How the window reads a ladder. A whole document is 100 KB and more for a 100-competency
 * ladder, so a screen gets its outline (names, descriptions, and which levels say something
 * about each competency) and asks for the wording of the rows it shows. Downloads (export)
 * still carry the whole document.
 */
export interface CompetencyOutline extends Competency {
  /** The levels with an expectation for this competency, in ladder order. */
  levels: string[];
}

export interface LadderOutline extends Omit<LadderDoc, 'competencies' | 'expectations'> {
  competencies: CompetencyOutline[];
}

export interface LadderView {
  id: string;
  name: string;
  source: string;
  /** The version shown: the current one unless another was asked for. */
  version: LadderVersionInfo;
  currentVersionId: string;
  versions: LadderVersionInfo[];
  outline: LadderOutline;
}

export function ladderOutline(doc: LadderDoc): LadderOutline {
  const order = new Map(doc.levels.map((l, i) => [l.id, i]));
  const levels = new Map<string, string[]>(doc.competencies.map((c) => [c.id, []]));
  for (const e of doc.expectations) levels.get(e.competency)?.push(e.level);
  const { expectations: _e, competencies, ...rest } = doc;
  return {
    ...rest,
    competencies: competencies.map((c) => ({
      ...c,
      levels: levels.get(c.id)!.sort((a, b) => order.get(a)! - order.get(b)!),
    })),
  };
}

export function ladderView({ doc, ...rest }: Ladder): LadderView {
  return { ...rest, outline: ladderOutline(doc) };
}

/** Rows of the matrix asked for at once: 25 competencies × a handful of levels stays far under 64 KB. */
export const EXPECTATION_ROWS_MAX = 25;

const versionOf = { id: idSchema, versionId: idSchema.optional() };

export const expectationRowsSchema = z.strictObject({
  ...versionOf,
  competencyIds: z
    .array(ladderKeySchema, { message: 'must be a list of competencies' })
    .min(1, 'Choose at least one competency.')
    .max(EXPECTATION_ROWS_MAX, `Choose at most ${EXPECTATION_ROWS_MAX} competencies at a time.`),
});

export const atLevelSchema = z.strictObject({ ...versionOf, levelId: ladderKeySchema });

/** A competency a level rates, with what the level expects of it. */
export interface LevelExpectation {
  competencyId: string;
  name: string;
  text: string;
}

export const diffSchema = z.strictObject({ id: idSchema, fromVersionId: idSchema, toVersionId: idSchema });

const text = (label: string, max: number) =>
  z.string({ message: `${label} must be text` }).max(max, `${label} must be at most ${max} characters`);

/** One change the ladder screen makes; the store applies it to the current version. */
export const ladderEditSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('setExpectation'),
      competency: ladderKeySchema,
      level: ladderKeySchema,
      /** Empty removes the expectation. */
      text: text('Expectation', 8000),
      examples: z
        .array(text('Example', 2000), { message: 'must be a list of texts' })
        .max(50, 'must have at most 50 examples'),
    }),
    z.strictObject({
      kind: z.literal('addCompetency'),
      name: requiredText('Competency name', 160),
      /** An existing area, or null for a new one named `newArea`. */
      area: ladderKeySchema.nullable(),
      newArea: text('Area name', 120),
    }),
    z.strictObject({ kind: z.literal('addLevel'), name: requiredText('Level name', 120), track: ladderKeySchema }),
    z.strictObject({ kind: z.literal('removeCompetency'), competency: ladderKeySchema }),
    z.strictObject({ kind: z.literal('rename'), name: requiredLine('Ladder name', 160) }),
  ],
  { error: 'must be one of the ladder edits' },
);
export type LadderEdit = z.output<typeof ladderEditSchema>;

/**
 * An edit that names a part the ladder no longer has: the screen showed an older copy (another
 * window removed it). Said without the part's key, which only the file format knows.
 */
const GONE = {
  competency: 'That competency is no longer in this ladder: open the ladder again and choose one from the matrix',
  level: 'That level is no longer in this ladder: open the ladder again and choose one from the matrix',
  area: 'That area is no longer in this ladder: choose one from the list, or name a new area',
  track: 'That track is no longer in this ladder: choose one from the list',
};

/** Where an edit points at a part the document does not have: [field, message], or null. */
export function editProblem(doc: LadderDoc, edit: LadderEdit): [string, string] | null {
  const hasCompetency = (id: string) => doc.competencies.some((c) => c.id === id);
  switch (edit.kind) {
    case 'setExpectation':
      if (!hasCompetency(edit.competency)) return ['competency', GONE.competency];
      if (!doc.levels.some((l) => l.id === edit.level)) return ['level', GONE.level];
      return null;
    case 'addCompetency':
      if (edit.area !== null && !doc.areas.some((a) => a.id === edit.area)) return ['area', GONE.area];
      if (edit.area === null && !edit.newArea.trim())
        return ['newArea', 'Name the new area, or choose an existing one'];
      return null;
    case 'addLevel':
      return doc.tracks.some((t) => t.id === edit.track) ? null : ['track', GONE.track];
    case 'removeCompetency':
      if (!hasCompetency(edit.competency)) return ['competency', GONE.competency];
      return doc.competencies.length > 1
        ? null
        : ['competency', 'A ladder needs at least one competency: add another before removing this one'];
    case 'rename':
      return null;
  }
}

/** The document after one edit (the given one is untouched). */
export function applyEdit(doc: LadderDoc, edit: LadderEdit): LadderDoc {
  switch (edit.kind) {
    case 'setExpectation':
      return setExpectation(doc, edit.competency, edit.level, edit.text, edit.examples);
    case 'addCompetency':
      return addCompetency(doc, edit.name, edit.area, edit.newArea);
    case 'addLevel':
      return addLevel(doc, edit.name, edit.track);
    case 'removeCompetency':
      return removeCompetency(doc, edit.competency);
    case 'rename':
      return renameLadder(doc, edit.name);
  }
}

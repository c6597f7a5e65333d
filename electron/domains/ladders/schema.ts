import { z } from 'zod';
import { cairnFileSchema } from './import/cairn';

/**
 * The JSON Schema of Cairn's ladder format, derived from the zod schema the importer uses so
 * the two cannot drift (test/unit/ladders/schema.test.ts compares it with the shipped file,
 * resources/schemas/cairn-ladder.schema.json). References between parts (ids unique, levels
 * pointing at tracks, …) are beyond JSON Schema; the importer checks those.
 */
export function cairnLadderJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(cairnFileSchema, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: 'https://cairn.app/schemas/cairn-ladder.schema.json',
    title: 'Cairn ladder',
    description:
      'A career ladder in Cairn format: tracks, ordered levels, competencies grouped in areas, and an expectation per competency per level. See docs/ladder-format.md.',
    ...rest,
  };
}

import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { cairnLadderJsonSchema } from '#electron/domains/ladders/schema';

it('the shipped JSON Schema is the one the importer validates with', () => {
  const shipped = JSON.parse(readFileSync('resources/schemas/cairn-ladder.schema.json', 'utf8')) as unknown;
  // To update after changing the format: write cairnLadderJsonSchema() to that file.
  expect(shipped).toEqual(cairnLadderJsonSchema());
});

import { pathSteps } from '#shared/schemas/placeInFile';
import { z } from 'zod';
import { ladderDocShape } from '#shared/ladders/model';
import { finish, loadYaml, Problems, type ImportOutcome } from './problems';

export const CAIRN_FORMAT = 'cairn-ladder';
export const CAIRN_FORMAT_VERSION = 1;

export const cairnFileSchema = z.strictObject({
  format: z.literal(CAIRN_FORMAT, { message: `must be "${CAIRN_FORMAT}"` }),
  formatVersion: z.literal(CAIRN_FORMAT_VERSION, {
    message: `must be ${CAIRN_FORMAT_VERSION}, the version this app reads`,
  }),
  ...ladderDocShape.shape,
});

/**
 * Cairn's own format (docs/ladder-format.md), as JSON or YAML. JSON is read by the YAML
 * parser too, which accepts it and gives us line numbers for either.
 */
export function importCairn(text: string): ImportOutcome {
  const loaded = loadYaml(text);
  if ('errors' in loaded) return loaded;
  const problems = new Problems(loaded.lines, loaded.value);
  const parsed = cairnFileSchema.safeParse(loaded.value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 50)) {
      const path = pathSteps(issue.path);
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys)
          problems.add(
            [...path, key],
            `The field “${key}” is not part of the Cairn ladder format: remove it or check its spelling`,
          );
      } else if (issue.code === 'invalid_type' && path.length === 0) {
        problems.add([], 'The file must hold one ladder object (with format, name, tracks, levels, …).');
      } else {
        problems.add(path, issue.message);
      }
    }
    return { errors: problems.list };
  }
  const { format: _f, formatVersion: _v, ...doc } = parsed.data;
  return finish(doc, problems);
}

import { dump } from 'js-yaml';
import type { LadderDoc } from '#shared/ladders/model';
import { fileSlug } from '../fileSlug';
import { CAIRN_FORMAT, CAIRN_FORMAT_VERSION } from './import/cairn';

/** The ladder in Cairn's own format (docs/ladder-format.md), as JSON and as YAML. */
export function exportLadder(doc: LadderDoc): { fileBaseName: string; json: string; yaml: string } {
  const file = { format: CAIRN_FORMAT, formatVersion: CAIRN_FORMAT_VERSION, ...doc };
  return {
    fileBaseName: fileSlug(doc.name, 'ladder'),
    json: `${JSON.stringify(file, null, 2)}\n`,
    yaml: dump(file, { lineWidth: 100, noRefs: true }),
  };
}

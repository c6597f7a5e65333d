import { placeInFile } from '#shared/schemas/placeInFile';
import { createHash } from 'node:crypto';
import {
  canonicalJson,
  scorecardFileSchema,
  SCORECARD_FILE_FORMAT,
  SCORECARD_FILE_VERSION,
  type ScorecardFile,
} from '#shared/interviews/scorecardFile';
import { invalid } from '../../ipc/domainError';

export function checksumOf(file: Omit<ScorecardFile, 'checksum'>): string {
  return createHash('sha256').update(canonicalJson(file), 'utf8').digest('hex');
}

export function sealScorecardFile(file: Omit<ScorecardFile, 'checksum' | 'format' | 'version'>): string {
  const body = { format: SCORECARD_FILE_FORMAT, version: SCORECARD_FILE_VERSION, ...file } as const;
  return `${JSON.stringify({ ...body, checksum: { algorithm: 'sha256', value: checksumOf(body) } }, null, 2)}\n`;
}

/** Parses and verifies a scorecard file, or refuses with the reason (field "text"). */
export function openScorecardFile(text: string): ScorecardFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw invalid('This file is not JSON, so it is not a Cairn scorecard file.', 'text');
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== SCORECARD_FILE_FORMAT) {
    throw invalid(`This is not a Cairn scorecard file (its "format" is not "${SCORECARD_FILE_FORMAT}").`, 'text');
  }
  const parsed = scorecardFileSchema.safeParse(raw);
  if (!parsed.success) {
    // The place in the file is part of the words here: the request's field is the whole text.
    const issue = parsed.error.issues[0]!;
    const place = issue.path.length ? `${placeInFile(issue.path)}: ` : '';
    throw invalid(`The scorecard file is malformed: ${place}${issue.message}`, 'text');
  }
  // Over the file as written, not as parsed: parsing trims text, and the sum is of the bytes' meaning.
  const { checksum: _checksum, ...body } = raw as Record<string, unknown>;
  if (checksumOf(body as Omit<ScorecardFile, 'checksum'>) !== parsed.data.checksum.value) {
    throw invalid(
      'The checksum does not match the contents: the file was changed after it was exported. Ask the interviewer to export it again.',
      'text',
    );
  }
  return parsed.data;
}

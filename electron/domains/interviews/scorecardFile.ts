import { continued, quoted } from '#shared/format';
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

/** What each field of a scorecard file is, in the words of the scorecard screen. */
const FIELD_WORDS: Record<string, string> = {
  format: 'its format',
  version: 'its format version',
  exportedAt: 'its export date',
  role: 'its role',
  stage: 'its stage',
  kind: 'its kind of interview',
  candidate: 'its candidate',
  interviewer: 'its interviewer',
  submittedAt: 'the date it was submitted',
  recommendation: 'its recommendation',
  ratings: 'its ratings',
  item: 'its competency',
  score: 'its score',
  evidence: 'its evidence',
  checksum: 'its checksum',
  algorithm: 'its checksum',
  value: 'its checksum',
};

/** Where in a scorecard file a problem is: "rating 2 (“System design”), its evidence". */
function placeInScorecard(path: readonly PropertyKey[], raw: unknown): string {
  const [first, index, field] = path;
  if (first === 'ratings' && typeof index === 'number') {
    const ratings = (raw as { ratings?: unknown }).ratings;
    const item = Array.isArray(ratings) ? (ratings[index] as { item?: unknown } | undefined)?.item : undefined;
    const named = typeof item === 'string' && item.trim() ? ` (${quoted(item)})` : '';
    const what = typeof field === 'string' ? `, ${FIELD_WORDS[field] ?? field}` : '';
    return `rating ${index + 1}${named}${what}`;
  }
  const last = path.findLast((step) => typeof step === 'string');
  return typeof last === 'string' ? (FIELD_WORDS[last] ?? last) : 'its contents';
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
    throw invalid(
      `The scorecard file cannot be read at ${placeInScorecard(issue.path, raw)}: ${continued(issue.message)}. Ask the interviewer to export it again.`,
      'text',
    );
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

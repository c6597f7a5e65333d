import { findLevel } from '#shared/ladders/doc';
import type { PersonFields } from '#shared/people/model';
import type { ReadableDB } from '../../db/access';
import { invalid } from '../../ipc/domainError';
import { findLadder } from './queries';

/**
 * A person's ladder, track and level must name a real ladder and a track and level of it.
 * Without a ladder, track and level stay free text (as people had them before ladders).
 */
export function checkLadderPlacement(db: ReadableDB, fields: Pick<PersonFields, 'ladderId' | 'track' | 'level'>): void {
  if (fields.ladderId === null) return;
  const ladder = findLadder(db, fields.ladderId);
  if (!ladder) throw invalid('That ladder does not exist (it may have been deleted).', 'ladderId');
  const { doc } = ladder;
  if (fields.track && !doc.tracks.some((t) => t.id === fields.track)) {
    throw invalid(`That track is not in ${doc.name}: choose one of its tracks.`, 'track');
  }
  if (fields.level) {
    const level = findLevel(doc, fields.level);
    if (!level) throw invalid(`That level is not in ${doc.name}: choose one of its levels.`, 'level');
    if (fields.track && level.track !== fields.track) {
      throw invalid(`${level.name} is not on the chosen track.`, 'level');
    }
  }
}

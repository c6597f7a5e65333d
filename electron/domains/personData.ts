import type { ReadableDB, WritableDB } from '../db/access';
import { goalsPersonData } from './goals/personData';
import { assessmentsPersonData } from './ladders/personData';
import { mentoringPersonData } from './mentoring/personData';
import { interviewPanelSection } from './interviews/personData';
import { oneOnOnesPersonData } from './oneOnOnes/export';
import { evidencePersonData } from './evidence/personData';
import { calendarPersonData } from './calendarFiles/personData';

/**
 * What one domain keeps about a person. Erase shows `count` in its confirmation and relies on
 * ON DELETE CASCADE to remove the rows; per-person export includes `collect`'s result.
 * A domain about people adds its section to `personDataSections`.
 */
export interface PersonDataSection {
  key: string;
  /**
   * What `count` counts, for the confirmation list: "17 1:1s, with agenda items, actions and
   * notes". One kind of thing per count, so the number means something to a manager.
   */
  noun: { one: string; other?: string; detail?: string };
  count(db: ReadableDB, personId: string): number;
  collect(db: ReadableDB, personId: string): unknown;
  /** Markdown for the person's export, or '' when there is nothing to say. */
  markdown(db: ReadableDB, personId: string): string;
  /**
   * Run after erase (and sample removal) has deleted the rows, for copies the cascade cannot
   * reach: a search index keeps deleted words until it is merged.
   */
  purgeDeleted?: (db: WritableDB) => void;
}

/** Every domain's purge after rows about people were deleted; see PersonDataSection.purgeDeleted. */
export function purgeDeletedPersonData(db: WritableDB): void {
  for (const section of personDataSections) section.purgeDeleted?.(db);
}

export const personDataSections: PersonDataSection[] = [
  assessmentsPersonData,
  goalsPersonData,
  mentoringPersonData,
  interviewPanelSection,
  oneOnOnesPersonData,
  evidencePersonData,
  calendarPersonData,
];

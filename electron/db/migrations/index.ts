import type { Migration } from '../migration';
import { peopleMigration } from './001_people';
import { laddersMigration } from './002_ladders';
import { mentoringMigration } from './003_mentoring';
import { interviewsMigration } from './004_interviews';
import { oneOnOnesMigration } from './005_one_on_ones';
import { sampleMigration } from './006_sample';
import { interviewKitCurrentMigration } from './007_interview_kit_current';
import { oneOnOnesPrepIndexesMigration } from './008_one_on_ones_prep_indexes';
import { notesSearchPerFieldMigration } from './009_notes_search_per_field';
import { calendarFilesMigration } from './010_calendar_files';
import { remindersMigration } from './011_reminders';
import { searchAsYouTypeMigration } from './012_search_as_you_type';
import { evidenceLogMigration } from './013_evidence_log';
import { questionBanksMigration } from './014_question_banks';
import { directorScaleIndexesMigration } from './015_director_scale_indexes';
import { ladderRatingScalesMigration } from './016_ladder_rating_scales';
import { monthlyByWeekdayMigration } from './017_monthly_by_weekday';
import { longerSearchPrefixesMigration } from './018_longer_search_prefixes';
import { goalsInPaletteOrderMigration } from './019_goals_in_palette_order';
import { calibrationIndexesMigration } from './020_calibration_indexes';
import { peopleSearchMigration } from './021_people_search';
import { calibrationCardsMigration } from './022_calibration_cards';
import { calibrationLayoutsMigration } from './023_calibration_layouts';
import { calibrationTriggersMigration } from './024_calibration_triggers';

/** Every schema step, in order. Append only: a shipped migration never changes. */
export const migrations: readonly Migration[] = [
  peopleMigration,
  laddersMigration,
  mentoringMigration,
  interviewsMigration,
  oneOnOnesMigration,
  sampleMigration,
  interviewKitCurrentMigration,
  oneOnOnesPrepIndexesMigration,
  notesSearchPerFieldMigration,
  calendarFilesMigration,
  remindersMigration,
  searchAsYouTypeMigration,
  evidenceLogMigration,
  questionBanksMigration,
  directorScaleIndexesMigration,
  ladderRatingScalesMigration,
  monthlyByWeekdayMigration,
  longerSearchPrefixesMigration,
  goalsInPaletteOrderMigration,
  calibrationIndexesMigration,
  peopleSearchMigration,
  calibrationCardsMigration,
  calibrationLayoutsMigration,
  calibrationTriggersMigration,
];

import type { Migration } from '../migration';

/**
 * A kit's current version is read on every debrief (200 in a row when a role's debriefs
 * are opened in turn). With the id in the index, "latest version of this kit" is answered
 * from the index alone instead of an index seek plus a table row per call.
 */
export const interviewKitCurrentMigration: Migration = {
  version: 7,
  name: 'interview kit current-version index',
  up(db) {
    db.exec('CREATE INDEX interview_kit_versions_current ON interview_kit_versions (kit_id, version, id);');
  },
};

import type { Migration } from '../migration';
import { peopleMigration } from './001_people';
import { mentoringMigration } from './002_mentoring';

/** Every schema step, in order. Append only: a shipped migration never changes. */
export const migrations: readonly Migration[] = [peopleMigration, mentoringMigration];

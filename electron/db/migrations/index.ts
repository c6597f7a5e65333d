import type { Migration } from '../migration';
import { peopleMigration } from './001_people';
import { interviewsMigration } from './002_interviews';

/** Every schema step, in order. Append only: a shipped migration never changes. */
export const migrations: readonly Migration[] = [peopleMigration, interviewsMigration];

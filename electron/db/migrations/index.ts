import type { Migration } from '../migration';
import { peopleMigration } from './001_people';
import { laddersMigration } from './002_ladders';
import { sampleMigration } from './003_sample';

/** Every schema step, in order. Append only: a shipped migration never changes. */
export const migrations: readonly Migration[] = [peopleMigration, laddersMigration, sampleMigration];

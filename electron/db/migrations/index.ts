import type { Migration } from '../migration';
import { peopleMigration } from './001_people';
import { oneOnOnesMigration } from './002_one_on_ones';

/** Every schema step, in order. Append only: a shipped migration never changes. */
export const migrations: readonly Migration[] = [peopleMigration, oneOnOnesMigration];

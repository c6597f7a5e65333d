import type { BackupKind } from '#shared/backups/model';

export const KIND_LABELS: Record<BackupKind, string> = {
  scheduled: 'Scheduled',
  manual: 'Made by you',
  'pre-restore': 'Before a restore',
  'pre-migration': 'Before an upgrade',
  'pre-encryption': 'Before encryption (not encrypted)',
};

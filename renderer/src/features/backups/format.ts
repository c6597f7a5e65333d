import type { BackupKind } from '#shared/backups/model';

export const KIND_LABELS: Record<BackupKind, string> = {
  scheduled: 'Scheduled',
  manual: 'Made by you',
  'pre-restore': 'Before a restore',
  'pre-migration': 'Before an upgrade',
  'pre-encryption': 'Before encryption (not encrypted)',
};

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function formatWhen(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Table names as a person reads them: one_on_one_meetings -> "one on one meetings". */
export function humanTable(name: string): string {
  return name.replaceAll('_', ' ');
}

import type { TFunction } from 'i18next';
import type { BackupSummary } from '../../../shared/backups/contract';
import { currentLanguage } from '../../i18n';
import { formatDateTime } from '../../i18n/date-format';

type Kind = 'auto' | 'manual' | 'preImport' | 'preRestore' | 'preMigration' | 'other';

/** The backup's label from its file name ("pre-migration-v4") as a kind the UI translates. */
export function backupKind(label: string): Kind {
  if (label === 'auto' || label === 'manual') return label;
  if (label === 'pre-import') return 'preImport';
  if (label === 'pre-restore') return 'preRestore';
  if (label.startsWith('pre-migration')) return 'preMigration';
  return 'other';
}

export function backupKindLabel(t: TFunction<'campaigns'>, backup: BackupSummary): string {
  return t(`backups.kinds.${backupKind(backup.label)}`);
}

/** "22 November 2026, 11:22:33" in the UI language, local time. */
export function backupDate(backup: BackupSummary): string {
  return formatDateTime(backup.createdAt, currentLanguage());
}

/** Newest first. */
export function newestFirst(backups: readonly BackupSummary[]): BackupSummary[] {
  return [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

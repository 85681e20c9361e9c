export { listBackups, parseBackupName, saveBackupTo, takeBackup, type BackupInfo, type BackupLabel, type BackupSource } from './backup-files';
export { verifyBackup, type BackupCheck, type VerifyOptions } from './verify';
export { restoreBackup, type RestorableWorkspace, type RestoreOptions, type RestoreResult, type RestoreStep } from './restore';
export { chooseBackupsToKeep, pruneBackups, RETENTION, type RetentionDecision } from './retention';
export { createBackupScheduler, type BackupScheduler, type SchedulerOptions } from './scheduler';

/*
 * Backups of the workspace database: taking, listing, checking, restoring,
 * pruning, and the automatic schedule. Plain Node; Electron is passed in.
 */

import fs from 'node:fs';
import { listBackups, newestFirst, OTHER_LABEL, type BackupInfo } from './backup-files';

/*
 * Which backups to keep. Days are UTC days, so the decision does not depend
 * on the machine's time zone.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

export const RETENTION = {
  /** The newest N backups, whatever their age. */
  newest: 10,
  /** The newest backup of each day within this many days. */
  dailyDays: 30,
  /** pre-restore backups (the way to undo a restore) within this many days. */
  preRestoreDays: 30,
} as const;

export interface RetentionDecision {
  keep: BackupInfo[];
  remove: BackupInfo[];
}

/**
 * Keeps the newest 10; the newest of each day in the last 30 days; every
 * pre-restore backup of the last 30 days; and every file Letterdesk did not
 * name. Backups dated in the future (a clock that was wrong) count as recent.
 */
export function chooseBackupsToKeep(list: readonly BackupInfo[], now: Date): RetentionDecision {
  const sorted = [...list].sort(newestFirst);
  const keep = new Set<BackupInfo>(sorted.slice(0, RETENTION.newest));
  const dailyFrom = now.getTime() - RETENTION.dailyDays * DAY_MS;
  const preRestoreFrom = now.getTime() - RETENTION.preRestoreDays * DAY_MS;
  const daysSeen = new Set<string>();
  for (const backup of sorted) {
    const time = Date.parse(backup.createdAt);
    const day = new Date(time).toISOString().slice(0, 10);
    if (time > dailyFrom && !daysSeen.has(day)) {
      daysSeen.add(day);
      keep.add(backup);
    }
    if (backup.label === 'pre-restore' && time > preRestoreFrom) keep.add(backup);
    if (backup.label === OTHER_LABEL) keep.add(backup);
  }
  return { keep: sorted.filter((b) => keep.has(b)), remove: sorted.filter((b) => !keep.has(b)) };
}

/**
 * Deletes the backups `chooseBackupsToKeep` does not keep, with any -wal,
 * -shm or -journal file beside them. Returns what was deleted; a file that
 * cannot be deleted is reported on stderr and left for next time.
 */
export function pruneBackups(dataDir: string, now: Date = new Date()): BackupInfo[] {
  const { remove } = chooseBackupsToKeep(listBackups(dataDir), now);
  const deleted: BackupInfo[] = [];
  for (const backup of remove) {
    try {
      fs.rmSync(backup.file);
      for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(backup.file + suffix, { force: true });
      deleted.push(backup);
    } catch (error) {
      console.error(`letterdesk: could not delete old backup ${backup.file}:`, error);
    }
  }
  return deleted;
}

import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseBackupsToKeep, listBackups, pruneBackups, type BackupInfo } from '../../../electron/core/backups';
import { backupFileName } from '../../../electron/core/backups/backup-files';
import { tempSpace } from './backup-test-helpers';

const space = tempSpace(afterEach);
const NOW = new Date('2026-05-10T20:00:00.000Z');
const DAY_MS = 24 * 60 * 60 * 1000;

/** A backup taken `daysAgo` calendar days before NOW's day, at `hour` UTC. */
function at(daysAgo: number, hour: number): Date {
  return new Date(Date.parse('2026-05-10T00:00:00.000Z') - daysAgo * DAY_MS + hour * 60 * 60 * 1000);
}

function backup(date: Date, label = 'auto'): BackupInfo {
  const name = label === 'other' ? `copy ${date.toISOString()}.sqlite` : backupFileName(label, date);
  return { file: `/data/backups/${name}`, name, label, createdAt: date.toISOString(), bytes: 1000 };
}

/** Special labels in the synthetic list, by [daysAgo, hour]. */
const LABELS: Record<string, string> = {
  '12,8': 'pre-restore',
  '35,8': 'pre-restore',
  '20,8': 'pre-migration-v2',
  '38,16': 'other',
};

/** 80 backups over 40 days: at 08:00 and 16:00 UTC each day. */
const SYNTHETIC: BackupInfo[] = Array.from({ length: 40 }, (_, daysAgo) =>
  [8, 16].map((hour) => backup(at(daysAgo, hour), LABELS[`${daysAgo},${hour}`] ?? 'auto')),
).flat();

describe('chooseBackupsToKeep, 80 backups over 40 days', () => {
  const decision = chooseBackupsToKeep(SYNTHETIC, NOW);
  const kept = (daysAgo: number, hour: number) => decision.keep.some((b) => b.createdAt === at(daysAgo, hour).toISOString());

  it.each([
    // [why, days ago, hour, kept?]
    ['newest 10: both of today', 0, 8, true],
    ['newest 10: both of 4 days ago', 4, 8, true],
    ['newest of the day, 5 days ago', 5, 16, true],
    ['older of the day, outside the newest 10', 5, 8, false],
    ['newest of the day, 29 days ago (inside 30 days)', 29, 16, true],
    ['older of the day, 29 days ago', 29, 8, false],
    ['newest of the day, 30 days ago (just outside)', 30, 16, false],
    ['pre-restore within 30 days, though older of its day', 12, 8, true],
    ['pre-restore older than 30 days', 35, 8, false],
    ['pre-migration backup, older of its day', 20, 8, false],
    ['a file Letterdesk did not name, 38 days old', 38, 16, true],
    ['an ordinary backup 39 days old', 39, 16, false],
  ])('%s (%i days ago, %i:00) kept: %s', (_why, daysAgo, hour, expected) => {
    expect(kept(daysAgo, hour)).toBe(expected);
  });

  it('keeps 37 and removes 43, newest first, each once', () => {
    // 10 newest (days 0-4) + newest of days 5-29 (25) + 1 pre-restore + 1 other.
    expect(decision.keep).toHaveLength(37);
    expect(decision.remove).toHaveLength(43);
    expect(new Set([...decision.keep, ...decision.remove]).size).toBe(80);
    expect(decision.keep.map((b) => b.createdAt)).toEqual([...decision.keep.map((b) => b.createdAt)].sort().reverse());
  });

  it('does not depend on the order of the list', () => {
    const shuffled = [...SYNTHETIC].sort((a, b) => a.name.localeCompare(b.name));
    expect(chooseBackupsToKeep(shuffled, NOW)).toEqual(decision);
  });
});

describe('chooseBackupsToKeep, edge cases', () => {
  it('keeps the newest 10 even when all are old (a laptop unused for months)', () => {
    const old = Array.from({ length: 12 }, (_, i) => backup(at(100 + i, 8)));
    const { keep, remove } = chooseBackupsToKeep(old, NOW);
    expect(keep).toEqual(old.slice(0, 10));
    expect(remove).toEqual(old.slice(10));
  });

  it('keeps backups dated in the future (a clock that was wrong)', () => {
    const future = backup(new Date('2027-01-01T00:00:00Z'));
    const { keep } = chooseBackupsToKeep([future, ...SYNTHETIC], NOW);
    expect(keep[0]).toBe(future);
    expect(keep).toHaveLength(37); // it took one of the newest-10 places
  });

  it('keeps everything when there is little', () => {
    const list = [backup(at(0, 8)), backup(at(50, 8), 'manual')];
    expect(chooseBackupsToKeep(list, NOW)).toEqual({ keep: list, remove: [] });
    expect(chooseBackupsToKeep([], NOW)).toEqual({ keep: [], remove: [] });
  });
});

describe('pruneBackups', () => {
  it('deletes what the rules do not keep, with companion files, and nothing else', () => {
    const dataDir = space.dir();
    const dir = path.join(dataDir, 'backups');
    fs.mkdirSync(dir);
    for (const b of SYNTHETIC) {
      fs.writeFileSync(path.join(dir, b.name), 'x');
      // A file Letterdesk did not name is dated by its modification time.
      if (b.label === 'other') fs.utimesSync(path.join(dir, b.name), new Date(b.createdAt), new Date(b.createdAt));
    }
    fs.writeFileSync(path.join(dir, `${SYNTHETIC[79].name}-wal`), 'x'); // the oldest, removed
    fs.writeFileSync(path.join(dir, 'readme.txt'), 'not a backup');

    const deleted = pruneBackups(dataDir, NOW);
    expect(deleted).toHaveLength(43);
    expect(listBackups(dataDir)).toHaveLength(37);
    expect(fs.existsSync(path.join(dir, `${SYNTHETIC[79].name}-wal`))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'readme.txt'))).toBe(true);
    expect(pruneBackups(dataDir, NOW)).toEqual([]);
  });

  it('does nothing without a backups folder', () => {
    expect(pruneBackups(space.dir(), NOW)).toEqual([]);
  });
});

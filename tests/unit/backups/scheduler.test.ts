import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackupScheduler, listBackups, takeBackup } from '../../../electron/core/backups';
import { Workspace } from '../../../electron/core/workspace/workspace';
import { addRecipient, damageRecipientsTable, fakeClock, fakeTimers, tempSpace } from './backup-test-helpers';

const space = tempSpace(afterEach);
const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

async function setUp(names: string[] = ['Ana']) {
  const workspace = await space.workspace(names);
  const clock = fakeClock('2026-03-01T09:00:00.000Z');
  const timers = fakeTimers();
  const logged: string[] = [];
  const scheduler = createBackupScheduler({
    workspace,
    now: clock.now,
    setTimer: timers.setTimer,
    clearTimer: timers.clearTimer,
    log: (message) => logged.push(message),
  });
  const autoBackups = () =>
    listBackups(workspace.dataDir)
      .filter((b) => b.label === 'auto')
      .map((b) => b.createdAt);
  return { workspace, clock, timers, logged, scheduler, autoBackups };
}

describe('backup scheduler', () => {
  it('takes a backup at startup when there is none', async () => {
    const { scheduler, autoBackups } = await setUp();
    const taken = await scheduler.atStartup();
    expect(taken?.label).toBe('auto');
    expect(autoBackups()).toEqual(['2026-03-01T09:00:00.000Z']);
  });

  it('takes a startup backup only when the newest is over 24 hours old', async () => {
    const { workspace, clock, scheduler, autoBackups } = await setUp();
    await takeBackup(workspace, 'manual', new Date(clock.now().getTime() - 23 * HOUR));
    expect(await scheduler.atStartup()).toBeNull();
    expect(autoBackups()).toEqual([]);

    clock.advance(2 * HOUR); // the manual backup is now 25 hours old
    expect(await scheduler.atStartup()).not.toBeNull();
    expect(autoBackups()).toEqual(['2026-03-01T11:00:00.000Z']);
  });

  it('backs up changes at most once per 30 minutes', async () => {
    const { workspace, clock, timers, scheduler, autoBackups } = await setUp();
    await scheduler.atStartup();

    addRecipient(workspace.db(), 'Ben');
    scheduler.noteChange();
    scheduler.noteChange();
    expect(timers.delays()).toEqual([30 * MINUTE]); // one timer, due 30 min after the startup backup

    clock.advance(30 * MINUTE);
    timers.fireAll();
    await scheduler.idle();
    expect(autoBackups()).toEqual(['2026-03-01T09:30:00.000Z', '2026-03-01T09:00:00.000Z']);
    expect(timers.delays()).toEqual([]); // no changes since: nothing more to do

    clock.advance(10 * MINUTE);
    scheduler.noteChange();
    expect(timers.delays()).toEqual([20 * MINUTE]);
  });

  it('backs up right away after a quiet spell', async () => {
    const { clock, timers, scheduler, autoBackups } = await setUp();
    await scheduler.atStartup();
    clock.advance(3 * HOUR);
    scheduler.noteChange();
    expect(timers.delays()).toEqual([0]);
    timers.fireAll();
    await scheduler.idle();
    expect(autoBackups()).toHaveLength(2);
  });

  it('schedules another backup for changes made while one was being taken', async () => {
    const { clock, timers, scheduler, autoBackups } = await setUp();
    const startup = scheduler.atStartup();
    scheduler.noteChange(); // during the startup backup
    await startup;
    expect(timers.delays()).toEqual([30 * MINUTE]);
    clock.advance(30 * MINUTE);
    timers.fireAll();
    await scheduler.idle();
    expect(autoBackups()).toEqual(['2026-03-01T09:30:00.000Z', '2026-03-01T09:00:00.000Z']);
  });

  it('prunes after each backup', async () => {
    const { workspace, clock, scheduler } = await setUp();
    // One a day, from 40 days ago to 2 days ago: the startup backup is due.
    for (let day = 40; day >= 2; day -= 1) await takeBackup(workspace, 'auto', new Date(clock.now().getTime() - day * 24 * HOUR));
    expect(await scheduler.atStartup()).not.toBeNull();
    // Today's and one a day for days 2-29: days 30-40 are older than 30 days and not among the newest 10.
    expect(listBackups(workspace.dataDir)).toHaveLength(29);
  });

  it('never throws into the caller: failures are logged and retried later', async () => {
    const { workspace, clock, timers, logged, scheduler } = await setUp();
    await scheduler.atStartup();
    workspace.close(); // db() now throws, as in a workspace that could not be opened
    clock.advance(HOUR);
    expect(() => scheduler.noteChange()).not.toThrow();
    timers.fireAll();
    await scheduler.idle();
    expect(logged).toEqual(['the automatic backup failed; trying again later:']);
    expect(timers.delays()).toEqual([30 * MINUTE]); // retried after an interval
  });

  it('logs and carries on at startup when the workspace is damaged', async () => {
    const dataDir = space.dir();
    const ws = await space.workspace(['Ana'], { dataDir });
    ws.close();
    damageRecipientsTable(ws.databaseFile);
    const damaged = await Workspace.open({ dataDir });
    space.track(damaged);
    const logged: string[] = [];
    const scheduler = createBackupScheduler({ workspace: damaged, log: (message) => logged.push(message), setTimer: () => 0 });
    await expect(scheduler.atStartup()).resolves.toBeNull();
    expect(logged).toHaveLength(1);
    expect(fs.existsSync(path.join(dataDir, 'backups'))).toBe(false);
  });

  it('stop() cancels the pending backup and ignores later changes', async () => {
    const { timers, scheduler } = await setUp();
    await scheduler.atStartup();
    scheduler.noteChange();
    expect(timers.delays()).toHaveLength(1);
    scheduler.stop();
    expect(timers.delays()).toEqual([]);
    scheduler.noteChange();
    expect(timers.delays()).toEqual([]);
  });
});

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { damageRootPage } from '../helpers/damage-file';
import { expect, test as base } from './fixtures';

const CLI = path.resolve(__dirname, '..', '..', 'out', 'node', 'cli.cjs');

/**
 * A real workspace with one recipient and a backup, then damaged by hand the
 * way a failing disk would: one index page overwritten with noise. Its tables
 * still read whole, so Letterdesk can open it read-only.
 */
const test = base.extend({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letterdesk-e2e-ro-'));
    const cli = (...args: string[]) => execFileSync(process.execPath, [CLI, '--data', dir, ...args], { stdio: 'pipe' });
    cli('recipients', 'add', '--country', 'CL', '--office', 'President', '--name', 'Ana Pérez');
    cli('backup');
    damageRootPage(path.join(dir, 'letterdesk.db'), 'activity_log_entity');
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
});

test('a damaged workspace can be browsed read-only, refuses changes, and is restored from its newest backup', async ({ app, page }) => {
  await app.goto();
  await expect(app.workspaceProblem.heading('The workspace is damaged')).toBeVisible();

  await page.getByRole('button', { name: 'Look at my data (read-only)' }).click();
  const notice = page.getByRole('alert').filter({ hasText: 'Read-only: this workspace is damaged' });
  await expect(notice).toBeVisible();
  await expect(
    page
      .getByRole('cell', { name: 'Ana Pérez' })
      .or(page.getByRole('link', { name: 'Ana Pérez' }))
      .first(),
  ).toBeVisible();

  // A change is refused with a sentence the user can act on.
  await page.getByRole('button', { name: 'Backups' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('The workspace is damaged and open read-only, so nothing can be changed.')).toBeVisible();

  await notice.getByRole('button', { name: 'Back to the recovery options' }).click();
  await page.getByRole('button', { name: 'Restore the newest backup' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /Restore/ })
    .click();
  await app.waitUntilReady();
  await expect(page.getByText('Ana Pérez').first()).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Read-only' })).toHaveCount(0);
});

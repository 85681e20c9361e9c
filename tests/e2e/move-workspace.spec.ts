import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { MoveWorkspacePage } from './pages/move-workspace-page';

test('move workspace: export an encrypted archive, re-import it with a preview and a report, then undo', async ({ app, page, cli, dataDir }) => {
  await cli('recipients', 'add', '--country', 'Spain', '--office', 'Prime Minister', '--name', 'Ana López');
  await cli('recipients', 'add', '--country', 'Chile', '--office', 'President', '--name', 'Beatriz Soto');
  await app.open();
  await app.goTo('Backups');
  const move = new MoveWorkspacePage(page);
  await expect(move.section.getByRole('heading', { name: 'Move workspace' })).toBeVisible();

  // Too short a passphrase is refused in place; nothing is downloaded.
  await move.passphrase().fill('short');
  await move.section.getByRole('button', { name: 'Export workspace' }).click();
  await expect(move.section.getByText('At least 8 characters.')).toBeVisible();

  const file = await move.exportEncrypted('a long passphrase', path.join(dataDir, 'moved.letterdesk'));
  expect(fs.readFileSync(file).subarray(0, 28).toString('ascii')).toBe('LETTERDESK ENCRYPTED ARCHIVE');
  // A copy outside the workspace: the user is told to look after it (issue 14, point 3).
  const warning = move.section.getByRole('status').filter({ hasText: 'This copy is outside the workspace' });
  await expect(warning).toContainText('This copy is encrypted, but Letterdesk cannot re-encrypt or delete it later');
  await expect(warning).toContainText('full-disk encryption');

  // After the export, Ana is deleted here; importing the archive brings her back.
  const list = JSON.parse(await cli('--json', 'recipients', 'list', '--search', 'Ana')) as { rows: { id: string }[] };
  await cli('recipients', 'delete', list.rows[0].id);

  await move.chooseArchive(file);
  await move.unlock('the wrong passphrase');
  await expect(move.section.getByText('Wrong passphrase: it is not the one this archive was encrypted with.')).toBeVisible();
  await move.unlock('a long passphrase');

  const preview = move.preview();
  await expect(preview).toContainText('The archive will be merged into this workspace');
  const recipientsRow = preview.getByRole('table', { name: 'Changes by kind of data' }).getByRole('row', { name: /Recipients/ });
  await expect(recipientsRow.getByRole('cell')).toHaveText(['Recipients', '1', '0', '0', '0']);
  await preview.getByRole('button', { name: 'Import' }).click();

  const result = move.result();
  await expect(result.getByRole('status')).toContainText('Import finished');
  await expect(
    result
      .getByRole('table', { name: 'Changes by kind of data' })
      .getByRole('row', { name: /Recipients/ })
      .getByRole('cell'),
  ).toHaveText(['Recipients', '1', '0', '0', '0']);
  expect(await cli('recipients', 'list', '--search', 'Ana')).toContain('Ana López');
  // The pre-import backup is listed with the others.
  await expect(page.getByRole('table', { name: 'Backups, newest first' }).getByRole('row').filter({ hasText: 'Before import' })).toHaveCount(1);

  // Undo: the workspace is as it was before the import.
  await result.getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The import was undone' })).toBeVisible();
  expect(await cli('recipients', 'list', '--search', 'Ana')).toContain('No recipients found.');
  expect(await cli('recipients', 'list', '--search', 'Beatriz')).toContain('Beatriz Soto');
});

test('move workspace: a file that is not an archive is refused with a clear message', async ({ app, page, dataDir }) => {
  await app.open();
  await app.goTo('Backups');
  const move = new MoveWorkspacePage(page);
  const bogus = path.join(dataDir, 'letter.letterdesk');
  fs.writeFileSync(bogus, 'Dear Prime Minister, this is not an archive.');
  await move.chooseArchive(bogus);
  await expect(move.section.getByRole('alert')).toContainText('This file is not a Letterdesk archive.');
  await expect(move.preview()).toHaveCount(0);
});

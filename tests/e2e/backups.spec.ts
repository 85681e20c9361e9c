import { expect, test } from './fixtures';

test('backups: back up, change, restore; then undo the restore', async ({ app, page }) => {
  await app.open();
  await app.goTo('Backups');
  await page.getByRole('button', { name: 'Back up now' }).click();
  const table = page.getByRole('table', { name: 'Backups, newest first' });
  await expect(table.getByRole('row').filter({ hasText: 'Manual' })).toHaveCount(1);

  const manual = table.getByRole('row').filter({ hasText: 'Manual' });
  await manual.getByRole('button', { name: /^Verify backup of/ }).click();
  await expect(manual.getByRole('status')).toContainText('is sound');

  // A recipient added after the backup…
  await app.goTo('Recipients');
  const form = await app.recipients.add();
  await form.fill({ country: 'Spain', office: 'Prime Minister', name: 'Ana López' });
  await form.saveAndClose();
  await expect(page.getByText('Ana López', { exact: true })).toBeVisible();

  // …is gone once the backup is restored.
  await app.goTo('Backups');
  await manual.getByRole('button', { name: /^Restore backup of/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(confirm).toContainText('so you can undo this');
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Backup restored' })).toBeVisible();
  const preRestore = table.getByRole('row').filter({ hasText: 'Before restore' });
  await expect(preRestore).toHaveCount(1);
  await app.goTo('Recipients');
  await expect(page.getByRole('heading', { name: 'No recipients yet' })).toBeVisible();

  // Restoring the "before restore" backup brings it back.
  await app.goTo('Backups');
  await preRestore.getByRole('button', { name: /^Restore backup of/ }).click();
  await page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Backup restored' }).first()).toBeVisible();
  await app.goTo('Recipients');
  await expect(page.getByText('Ana López', { exact: true })).toBeVisible();
});

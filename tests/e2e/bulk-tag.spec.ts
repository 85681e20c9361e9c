import { expect, test } from './fixtures';

test('tags two recipients at once, filters by the tag, and removes it from all of them', async ({ app, cli, page }) => {
  for (const [country, name] of [
    ['ES', 'Ana López'],
    ['LV', 'Jānis Bērziņš'],
    ['FR', 'Zoë Martin'],
  ] as const) {
    await cli('recipients', 'add', '--country', country, '--office', 'Minister of Justice', '--name', name);
  }
  await app.open();
  const recipients = app.recipients;

  await recipients.selectBox('Ana López').check();
  // Space on a focused row selects it too.
  await recipients.row(/Jānis Bērziņš/).focus();
  await page.keyboard.press('Space');
  await expect(recipients.selectBox('Jānis Bērziņš')).toBeChecked();
  await expect(recipients.bulkBar).toContainText('2 selected');

  await recipients.bulkBar.getByRole('button', { name: 'Add tag' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a tag to 2 recipients' });
  await dialog.getByRole('combobox', { name: 'Tag' }).fill('urgent-2026');
  await dialog.getByRole('button', { name: 'Add tag' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('alert').filter({ hasText: '“urgent-2026” was added to 2 recipients.' })).toBeVisible();

  await recipients.filterBy('Tag', 'urgent-2026');
  await recipients.expectCount(2);
  await expect(recipients.row(/Ana López/)).toContainText('urgent-2026');
  await expect(recipients.row(/Zoë Martin/)).toBeHidden();

  // Changing the filter started a new selection; select every match and take the tag off.
  await expect(recipients.bulkBar).toBeHidden();
  const selectAll = recipients.table.getByRole('checkbox', { name: 'Select all 2 matching recipients' });
  // Selecting every match asks the store for them, so the box turns checked a moment later.
  await selectAll.click();
  await expect(selectAll).toBeChecked();
  await expect(recipients.bulkBar).toContainText('2 selected');
  await recipients.bulkBar.getByRole('button', { name: 'Remove tag' }).click();
  const remove = page.getByRole('dialog', { name: 'Remove a tag from 2 recipients' });
  await remove.getByRole('combobox', { name: 'Tag' }).click();
  await page.getByRole('option', { name: 'urgent-2026' }).click();
  await remove.getByRole('button', { name: 'Remove tag' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '“urgent-2026” was removed from 2 recipients.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No recipients match' })).toBeVisible();
  await expect(recipients.bulkBar).toBeHidden();
});

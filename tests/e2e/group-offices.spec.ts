import { expect, test } from './fixtures';

test('adds the EU heads of government as entries to verify, then filters by group and verification', async ({ app, cli, page }) => {
  await cli('recipients', 'add', '--country', 'US', '--office', 'Secretary of State', '--name', 'Sam Example', '--verified', '2026-11-01');
  await app.open();

  let dialog = await app.recipients.openGroupOffices();
  await dialog.getByRole('combobox', { name: 'Group' }).click();
  await page.getByRole('option', { name: 'European Union (EU)' }).click();
  await expect(dialog).toContainText('27 member states');
  await dialog.getByRole('radio', { name: 'Head of government' }).check();
  await dialog.getByRole('button', { name: 'Add entries' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('alert').filter({ hasText: 'Created 27 entries, skipped 0 (already in the list).' })).toBeVisible();
  await app.recipients.expectCount(28);

  const recipients = app.recipients;
  await recipients.filterBy('Group', 'European Union (EU)');
  await recipients.expectCount(27);
  // Listed by country name (Spain is far down the virtual list, out of view).
  await expect(recipients.row(/Austria/)).toContainText('Holder to verify');
  await expect(recipients.row(/Austria/)).toContainText('To verify');
  await expect(recipients.row(/Germany/)).toContainText('Federal Chancellor');

  await recipients.clearFilters();
  await recipients.expectCount(28);
  await recipients.filters.getByRole('checkbox', { name: 'Only entries to verify' }).check();
  await recipients.expectCount(27);
  await expect(recipients.row(/Sam Example/)).toBeHidden();
  await recipients.filterBy('Group', 'Group of Seven (G7)');
  // Germany, France and Italy are both in the EU and in the G7.
  await recipients.expectCount(3);
  await recipients.clearFilters();
  await recipients.expectCount(28);

  // A second run adds nothing: every member already has the office.
  dialog = await app.recipients.openGroupOffices();
  await dialog.getByRole('combobox', { name: 'Group' }).click();
  await page.getByRole('option', { name: 'European Union (EU)' }).click();
  await dialog.getByRole('radio', { name: 'Head of government' }).check();
  await dialog.getByRole('button', { name: 'Add entries' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Created 0 entries, skipped 27 (already in the list).' })).toBeVisible();
  await recipients.expectCount(28);
});

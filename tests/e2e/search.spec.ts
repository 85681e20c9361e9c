import { expect, test } from './fixtures';

test('search ignores accents and can be cleared', async ({ app, cli, page }) => {
  await cli('recipients', 'add', '--country', 'ES', '--office', 'Prime Minister', '--name', 'Ana López');
  await cli('recipients', 'add', '--country', 'LV', '--office', 'Minister of Justice', '--name', 'Jānis Bērziņš');
  await cli('recipients', 'add', '--country', 'IE', '--office', 'Taoiseach', '--name', 'Máire Ní Bhriain');
  await app.open();
  const recipients = app.recipients;
  await recipients.expectCount(3);

  await recipients.searchFor('lopez');
  await recipients.expectCount(1);
  await expect(recipients.row(/Ana López/)).toBeVisible();

  await recipients.searchFor('berzins');
  await recipients.expectCount(1);
  await expect(recipients.row(/Jānis Bērziņš/)).toBeVisible();

  await recipients.searchFor('nobody by this name');
  await expect(page.getByRole('heading', { name: 'No recipients match' })).toBeVisible();
  await page.getByRole('main').getByRole('button', { name: 'Clear search' }).last().click();
  await expect(recipients.search).toHaveValue('');
  await recipients.expectCount(3);
});

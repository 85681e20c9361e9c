import path from 'node:path';
import { expect, test } from './fixtures';

/*
 * What every dialog does: Escape with unsaved input asks before discarding,
 * and on closing, focus goes back to what opened it, a row's "⋯" menu included.
 * Removing a picture asks first.
 */

const SIGNATURE = path.resolve(__dirname, '..', 'fixtures', 'docx-export', 'signature.png');

test('Escape on a dialog with typed input asks first; Keep editing keeps it, Discard closes it and focus returns to its button', async ({ app, page }) => {
  await app.open();
  await app.goTo('Organisation');
  const add = page.getByRole('button', { name: 'Add signer' });
  await add.click();
  const dialog = page.getByRole('dialog', { name: 'New signer' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Ana López');
  await page.keyboard.press('Escape');
  const ask = page.getByRole('dialog', { name: 'Discard your changes?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(ask).toBeHidden();
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Ana López');

  await page.keyboard.press('Escape');
  await ask.getByRole('button', { name: 'Discard' }).click();
  await expect(dialog).toBeHidden();
  await expect(add).toBeFocused();
});

test('Escape on an untouched dialog closes it at once', async ({ app, page }) => {
  await app.open();
  await app.goTo('Organisation');
  const add = page.getByRole('button', { name: 'Add signer' });
  await add.click();
  await expect(page.getByRole('dialog', { name: 'New signer' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'New signer' })).toBeHidden();
  await expect(page.getByRole('dialog', { name: 'Discard your changes?' })).toBeHidden();
  await expect(add).toBeFocused();
});

test('a dialog opened from a row menu gives focus back to that row’s menu button', async ({ app, page }) => {
  await app.open();
  await app.goTo('Templates');
  const menu = page.getByRole('button', { name: /^Actions for / }).first();
  await menu.click();
  await page.getByRole('menuitem', { name: 'Settings' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(menu).toBeFocused();
});

test('removing a signature asks first; Cancel keeps it, Remove takes it off', async ({ app, cli, page }) => {
  await cli('signers', 'add', '--name', 'Maria Pérez', '--title', 'Director', '--signature', SIGNATURE);
  await app.open();
  await app.goTo('Organisation');
  const signature = page.getByRole('img', { name: 'Signature of Maria Pérez' });
  await expect(signature).toBeVisible();
  await page.getByRole('button', { name: 'Remove signature of Maria Pérez' }).click();
  const ask = page.getByRole('dialog', { name: 'Remove signature of Maria Pérez?' });
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  await expect(signature).toBeVisible();

  await page.getByRole('button', { name: 'Remove signature of Maria Pérez' }).click();
  await ask.getByRole('button', { name: 'Remove' }).click();
  await expect(ask).toBeHidden();
  await expect(signature).toBeHidden();
});

import path from 'node:path';
import { expect, test } from './fixtures';

const LOGO = path.resolve(__dirname, '..', 'fixtures', 'docx-export', 'logo.png');
const SIGNATURE = path.resolve(__dirname, '..', 'fixtures', 'docx-export', 'signature.png');

test('organisation: letterhead, logo, a signer with a signature, an endorsing organisation', async ({ app, cli, page }) => {
  await app.open();
  await app.goTo('Organisation');
  await expect(page.getByText('No signer yet')).toBeVisible();

  await page.getByRole('textbox', { name: 'Organisation name' }).fill('Rights Watch');
  await page.getByRole('textbox', { name: 'Address' }).fill('1 Rue de Lausanne\n1201 Geneva');
  await page.getByRole('textbox', { name: /^Place on the date line/ }).fill('Geneva');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The organisation is saved.' })).toBeVisible();

  const logoChooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Upload logo' }).click();
  await (await logoChooser).setFiles(LOGO);
  await expect(page.getByRole('img', { name: 'The organisation’s logo' })).toBeVisible();

  await page.getByRole('button', { name: 'Add signer' }).click();
  const signerDialog = page.getByRole('dialog', { name: 'New signer' });
  await signerDialog.getByRole('textbox', { name: 'Name' }).fill('Maria Pérez');
  await signerDialog.getByRole('textbox', { name: /^Title/ }).fill('Executive Director');
  await signerDialog.getByRole('button', { name: 'Save' }).click();
  await expect(signerDialog).toBeHidden();
  const signers = page.getByRole('table', { name: 'Signers' });
  await expect(signers).toContainText('Maria Pérez');
  await expect(signers).toContainText('Executive Director');

  const signatureChooser = page.waitForEvent('filechooser');
  await signers.getByRole('button', { name: 'Upload signature for Maria Pérez' }).click();
  await (await signatureChooser).setFiles(SIGNATURE);
  await expect(signers.getByRole('img', { name: 'Signature of Maria Pérez' })).toBeVisible();

  await page.getByRole('button', { name: 'Add endorsing organisation' }).click();
  const endorserDialog = page.getByRole('dialog', { name: 'New endorsing organisation' });
  await endorserDialog.getByRole('textbox', { name: 'Organisation name' }).fill('Periodistas Libres');
  await endorserDialog.getByRole('combobox', { name: 'Country' }).fill('Spain');
  await page.getByRole('option', { name: 'Spain', exact: true }).click();
  await endorserDialog.getByRole('combobox', { name: /^Consent/ }).selectOption('agreed');
  await endorserDialog.getByRole('button', { name: 'Save' }).click();
  await expect(endorserDialog).toBeHidden();
  const endorsers = page.getByRole('table', { name: 'Endorsing organisations' });
  await expect(endorsers).toContainText('Periodistas Libres');
  await expect(endorsers).toContainText('Spain');
  await expect(endorsers.getByRole('combobox', { name: 'Consent of Periodistas Libres' })).toHaveValue('agreed');
  await expect(page.getByText('Only organisations that agreed are printed')).toBeVisible();

  // Everything was stored: the CLI reads it back.
  expect(await cli('org', 'show')).toContain('Rights Watch');
  expect(await cli('signers', 'list')).toMatch(/Maria Pérez.*signature/);
  expect(await cli('endorsers', 'list')).toMatch(/Periodistas Libres.*agreed/);
});

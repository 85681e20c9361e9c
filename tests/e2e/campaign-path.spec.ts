import path from 'node:path';
import { expect, test } from './fixtures';
import { CampaignPages } from './pages/campaign-pages';
import { TemplateEditor } from './pages/template-editor';

/*
 * Issue 13 §2, through the UI: the wizard counts the letters, attention
 * reasons link to where they are put right, a letter shows as it prints and
 * is edited by hand as the finished letter, example templates are copied
 * before they are changed, language versions that drift are flagged, and a
 * new signer gets a signature in the same dialog.
 */

const TEMPLATE = path.resolve(__dirname, '..', 'fixtures', 'templates', 'coalition-letter-en.txt');
const SIGNATURE = path.resolve(__dirname, '..', 'fixtures', 'docx-export', 'signature.png');
const LOGO = path.resolve(__dirname, '..', 'fixtures', 'docx-export', 'logo.png');

test('the wizard counts the letters; reasons link to their fix; a letter prints with letterhead and signature and is edited as the finished letter', async ({
  app,
  cli,
  page,
}) => {
  await cli('recipients', 'add', '--country', 'ES', '--office', 'Prime Minister', '--name', 'Ana López', '--language', 'en');
  await cli('recipients', 'add', '--country', 'FR', '--office', 'Prime Minister', '--name', 'Amélie Dubois', '--language', 'en');
  await cli('recipients', 'add', '--country', 'BR', '--office', 'President', '--name', 'Not In The EU');
  await cli('templates', 'import', TEMPLATE, '--name', 'Coalition letter', '--language', 'en');
  await cli('org', 'set', '--name', 'Rights Watch', '--address', '1 Rue de Lausanne', '--place', 'Geneva', '--logo', LOGO);
  await cli('signers', 'add', '--name', 'Maria Pérez', '--title', 'Director', '--signature', SIGNATURE);
  await app.open();
  await app.goTo('Campaigns');

  const campaigns = new CampaignPages(page);
  await page.getByRole('button', { name: 'New campaign' }).click();
  const wizard = campaigns.wizard;
  await wizard.getByRole('textbox', { name: 'Campaign name' }).fill('Free the journalists');
  await campaigns.choose(wizard, 'Template', 'Coalition letter');
  await wizard.getByRole('textbox', { name: 'Reference prefix' }).fill('hrl');
  await wizard.getByRole('button', { name: 'Next' }).click();
  // Everyone by default: three letters; the EU group: two.
  await expect(wizard.getByRole('status')).toHaveText('3 letters will be created: one per recipient.');
  await wizard.getByRole('radio', { name: 'The members of a group' }).check();
  await campaigns.choose(wizard, 'Group', 'European Union (EU)');
  await expect(wizard.getByRole('status')).toHaveText('2 letters will be created: one per recipient.');
  await wizard.getByRole('radio', { name: 'Recipients I choose' }).check();
  await campaigns.choose(wizard, 'Recipients', /Ana López/);
  await expect(wizard.getByRole('status')).toHaveText('1 letter will be created: one per recipient.');
  await wizard.getByRole('radio', { name: 'The members of a group' }).check();
  await wizard.getByRole('button', { name: 'Next' }).click();
  // No signer chosen: the letters say so, and the reason links to the campaign's signers.
  await wizard.getByRole('button', { name: 'Create campaign' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Free the journalists' })).toBeVisible();

  const exportSection = campaigns.exportSection;
  await expect(exportSection).toContainText('Recipient to verify (2)');
  await expect(exportSection).toContainText('No signer (2)');
  await exportSection.getByRole('button', { name: 'Choose signers (No signer)' }).click();
  const signersDialog = page.getByRole('dialog', { name: 'Signers of this campaign' });
  await campaigns.choose(signersDialog, 'Signers', 'Maria Pérez');
  await signersDialog.getByRole('heading', { name: 'Signers of this campaign' }).click(); // closes the options
  await signersDialog.getByRole('button', { name: 'Save' }).click();
  await expect(signersDialog).toBeHidden();
  await expect(exportSection).not.toContainText('No signer');

  // The letter as it will print: letterhead with the logo, place and date, address, text, signature.
  await page
    .getByRole('button', { name: /^Open letter HRL-2026-000/ })
    .first()
    .click();
  const letter = page.getByRole('region', { name: 'Letter text' });
  const letterhead = letter.getByRole('group', { name: 'Letterhead' });
  await expect(letterhead).toContainText('Rights Watch');
  await expect(letterhead.getByRole('img', { name: 'Rights Watch logo' })).toBeVisible();
  await expect(letter).toContainText('Geneva, ');
  await expect(letter.getByRole('img', { name: 'Signature of Maria Pérez' })).toBeVisible();
  await expect(letter.getByRole('group', { name: 'Signatures' })).toContainText('Director');
  await letter.screenshot({ path: test.info().outputPath('printed-letter.png') });

  // "Recipient to verify" opens the recipients, filtered to this campaign's recipients to verify.
  await page.getByRole('button', { name: 'Show the recipients to verify (Recipient to verify)' }).click();
  await expect(app.navigation('Recipients')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('row').filter({ hasText: 'Ana López' }).first()).toBeVisible();
  // All three were entered unverified, but this one has no letter in the campaign.
  await expect(page.getByRole('row').filter({ hasText: 'Not In The EU' })).toHaveCount(0);
  await app.goTo('Campaigns');
  await page.getByRole('button', { name: 'Open campaign Free the journalists' }).click();
  await page.getByRole('button', { name: 'Open letter HRL-2026-0001' }).click();

  // Edit by hand: the finished letter for this recipient, no merge-field chips.
  // References follow the countries' names: France is the first letter.
  await expect(page.getByText('To Amélie Dubois, Prime Minister')).toBeVisible();
  await page.getByRole('button', { name: 'Edit by hand' }).click();
  const editor = page.getByRole('textbox', { name: /HRL-2026-0001/ });
  await expect(editor).toContainText('write to ask that France speak up');
  await expect(editor.getByRole('button', { name: /^Merge field/ })).toHaveCount(0);
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' P.S. We would welcome a meeting.');
  await page.screenshot({ path: test.info().outputPath('edit-by-hand.png'), fullPage: true });
  await page.getByRole('button', { name: 'Save my version' }).click();
  await expect(letter).toContainText('P.S. We would welcome a meeting.');
  await expect(letter).toContainText('write to ask that France speak up');
});

test('an example is copied before its first edit, and language versions that drift are flagged', async ({ app, cli, page }) => {
  await cli('org', 'set', '--name', 'Rights Watch', '--address', '1 Rue de Lausanne');
  await cli('recipients', 'add', '--country', 'IE', '--office', 'Taoiseach', '--name', 'Aoife Byrne', '--verified', new Date().toISOString().slice(0, 10));
  await app.open();
  await app.goTo('Templates');
  const example = page
    .getByRole('row')
    .filter({ hasText: 'Example' })
    .first()
    .getByRole('button', { name: /^Open / });
  const exampleName = ((await example.getAttribute('aria-label')) ?? '').replace(/^Open /, '');
  await example.click();

  const editor = new TemplateEditor(page);
  await editor.text.click();
  await page.keyboard.type('X');
  const offer = page.getByRole('dialog', { name: 'Edit a copy of this example?' });
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'Make a copy to edit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${exampleName} (copy)` })).toBeVisible();

  // The copy: a paragraph added in English only is flagged against Spanish.
  await editor.text.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('A paragraph only the English text has.');
  await editor.waitUntilSaved();
  const drift = page.getByRole('status', { name: 'The language versions differ' });
  await expect(drift).toContainText(/Spanish has \d+ paragraphs, English \d+\./);

  // The sender's fields merge the organisation saved: no "no value" alarm for it.
  await editor.insertField('organisation', 'Sender · Organisation');
  await editor.previewFor(/Aoife Byrne/);
  await expect(editor.previewPage).toContainText('Rights Watch');
  await expect(editor.preview).not.toContainText('Sender · Organisation');
  await page.screenshot({ path: test.info().outputPath('template-drift.png'), fullPage: true });

  // The example itself was not changed.
  await app.goTo('Templates');
  await expect(page.getByRole('button', { name: `Open ${exampleName}`, exact: true })).toBeVisible();
  await page.getByRole('button', { name: `Actions for ${exampleName}`, exact: true }).click();
  await page.getByRole('menuitem', { name: 'Duplicate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${exampleName} (copy 2)` })).toBeVisible();
});

test('a new signer is given a signature in the same dialog', async ({ app, page }) => {
  await app.open();
  await app.goTo('Organisation');
  await page.getByRole('button', { name: 'Add signer' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New signer' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Maria Pérez');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Choose a signature image' }).click()]);
  await chooser.setFiles(SIGNATURE);
  await expect(dialog.getByRole('img', { name: 'The signature chosen for the new signer' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('img', { name: 'Signature of Maria Pérez' })).toBeVisible();
});

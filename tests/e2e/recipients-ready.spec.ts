import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/*
 * Getting recipients ready through the UI only: the EU heads of government
 * as office entries (listed by country name), "To verify" explaining itself,
 * a Spanish partner's CSV that fills the holders instead of duplicating the
 * entries (tagged, one unknown country given a country in the preview), then
 * every imported recipient marked verified in one step, and a delete
 * confirmation that names holder, office and country.
 */

const PARTNER_CSV = [
  'País;Nombre;Cargo;Correo',
  'Francia;Claire Martin;Primera ministra;claire@example.org',
  'España;Ana López;Presidenta del Gobierno;',
  'Alemania;Karl Weber;Canciller Federal;',
  'Italia;Giulia Rossi;Presidenta del Consejo de Ministros;',
  'Noruega;Ola Nordmann;Primer ministro;',
  'Islandia del Norte;Jón Jónsson;Primer ministro;',
].join('\n');

const SHOTS = process.env.LETTERDESK_SHOTS;
/** With LETTERDESK_SHOTS=<folder>, screenshots to look at: the page, or one part of it scrolled into view. */
const shot = async (target: Page | Locator, name: string) => {
  if (SHOTS) {
    fs.mkdirSync(SHOTS, { recursive: true });
    await target.screenshot({ path: `${SHOTS}/${name}.png` });
  }
};

test('group offices, a partner CSV filling their holders, and bulk verify', async ({ app, page }) => {
  test.setTimeout(120_000);
  await app.open();
  const recipients = app.recipients;

  // The EU heads of government, created in the order of their country names.
  const offices = await recipients.openGroupOffices();
  await offices.getByRole('combobox', { name: 'Group' }).click();
  await page.getByRole('option', { name: 'European Union (EU)' }).click();
  await offices.getByRole('radio', { name: 'Head of government' }).check();
  await offices.getByRole('button', { name: 'Add entries' }).click();
  await recipients.expectCount(27);
  const countryCells = recipients.dataRows().locator('[role="cell"]:nth-child(4)');
  // By code, Cyprus (CY) would come before Croatia (HR).
  await expect(countryCells.nth(0)).toHaveText('Austria');
  await expect(countryCells.nth(3)).toHaveText('Croatia');
  await expect(countryCells.nth(4)).toHaveText('Cyprus');

  // "To verify" says why, on hover and on keyboard focus.
  await recipients
    .row(/Austria/)
    .getByText('To verify', { exact: true })
    .hover();
  await expect(page.getByRole('tooltip')).toContainText('No holder’s name yet. Open the entry and add who holds this office');
  await shot(page, 'to-verify-tooltip');

  // The Spanish partner's list fills four holders, creates Norway, and offers a country for the line it cannot place.
  const wizard = await recipients.openImport();
  await wizard.chooseFile({ name: 'socios.csv', mimeType: 'text/csv', buffer: Buffer.from(PARTNER_CSV) });
  await expect(wizard.counts()).toContainText('4 to update: holder added');
  await expect(wizard.counts()).toContainText('1 to create');
  await expect(wizard.counts()).toContainText('1 to skip');
  const updates = await wizard.showTab('To update');
  const france = updates.getByRole('row', { name: /Claire Martin/ });
  await expect(france).toContainText('Holder added');
  // Read out as "Name: none becomes Claire Martin"; shown with an arrow.
  await expect(france).toHaveAccessibleName(/Holder added Name: none becomes Claire Martin Email: none becomes claire@example\.org/);
  await shot(updates, 'import-updates');

  const skipped = await wizard.showTab('To skip');
  const unknown = skipped.getByRole('row', { name: /Islandia del Norte/ });
  // The reason once, then the file's text and a choice, not the reason again.
  await expect(unknown.getByRole('cell').nth(1)).toHaveText('Unknown country');
  await expect(unknown).not.toContainText('unknown country');
  await shot(skipped, 'import-skip-country');
  await unknown.getByRole('combobox', { name: 'Country for line 7 (“Islandia del Norte” in the file)' }).fill('Icel');
  await page.getByRole('option', { name: 'Iceland' }).click();
  await expect(wizard.counts()).toContainText('2 to create');
  await expect(wizard.counts()).toContainText('0 to skip');

  await wizard.dialog.getByRole('combobox', { name: 'Tag the imported recipients' }).fill('socios-2026');
  await wizard.dialog.getByRole('combobox', { name: 'Tag the imported recipients' }).press('Enter');
  await expect(wizard.importButton()).toHaveText('Import 6 recipients');
  await wizard.confirm();
  // No second "Prime Minister of France": 27 entries, plus Norway and Iceland.
  await recipients.expectCount(29);
  await recipients.searchFor('France');
  await recipients.expectCount(1);
  await expect(recipients.row(/Claire Martin/)).toContainText('To verify');
  await recipients.searchFor('');

  // Every imported recipient marked verified in one step.
  await recipients.filterBy('Tag', 'socios-2026');
  await recipients.expectCount(6);
  const selectAll = recipients.table.getByRole('checkbox', { name: 'Select all 6 matching recipients' });
  await selectAll.click();
  await expect(recipients.bulkBar).toContainText('6 selected');
  await recipients.bulkBar.getByRole('button', { name: 'Mark verified' }).click();
  const verify = page.getByRole('dialog', { name: 'Mark 6 recipients verified' });
  const day = verify.getByRole('textbox', { name: 'Checked on' });
  await expect(day).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await day.fill('03/01/2026');
  await verify.getByRole('button', { name: 'Mark 6 verified' }).click();
  await expect(verify).toContainText('Write the day as year-month-day, for example 2026-03-31.');
  // A few days ago: checked recently enough not to need checking again.
  const recent = new Date(Date.now() - 3 * 86_400_000);
  const iso = `${recent.getFullYear()}-${String(recent.getMonth() + 1).padStart(2, '0')}-${String(recent.getDate()).padStart(2, '0')}`;
  await day.fill(iso);
  const month = recent.toLocaleString('en', { month: 'long' });
  // Spelled out beneath, so the day cannot be read the wrong way round.
  await expect(verify).toContainText(new RegExp(`${month} ${recent.getDate()}, ${recent.getFullYear()}|${recent.getDate()} ${month} ${recent.getFullYear()}`));
  await shot(page, 'bulk-verify');
  await verify.getByRole('button', { name: 'Mark 6 verified' }).click();
  await expect(verify).toBeHidden();
  await expect(page.getByRole('alert').filter({ hasText: '6 recipients marked verified on' })).toBeVisible();
  await expect(recipients.table.getByText('To verify', { exact: true })).toHaveCount(0);
  await recipients.clearFilters();
  await recipients.filters.getByRole('checkbox', { name: 'Only entries to verify' }).check();
  await recipients.expectCount(23);

  // A delete confirmation names holder, office and country.
  await recipients.clearFilters();
  await recipients.searchFor('Claire');
  await recipients.expectCount(1);
  const form = await recipients.edit('Claire Martin');
  // The entry's own "Verified on" is typed and shown the same way as the bulk action's day.
  const verifiedOn = form.dialog.getByRole('textbox', { name: 'Verified on' });
  await expect(verifiedOn).toHaveValue(iso);
  await expect(verifiedOn).not.toHaveAttribute('type', 'date');
  await shot(form.dialog, 'form-verified-on');
  await form.delete();
  await expect(recipients.deleteDialog()).toContainText('Delete Claire Martin, Prime Minister, France?');
  await recipients.deleteDialog().getByRole('button', { name: 'Cancel' }).click();
});

test('in French: group offices in French country order, the tooltip and Mark verified in French', async ({ app, cli, page }) => {
  test.setTimeout(90_000);
  await cli('recipients', 'add', '--country', 'BE', '--office', 'Premier ministre', '--name', 'Luc Exemple', '--verified', '2020-01-10');
  await app.open();
  await app.goTo('Settings');
  await app.settings.chooseLanguage('fr');
  await app.goTo('Destinataires');

  await page.getByRole('main').getByRole('button', { name: 'Ajouter les fonctions d’un groupe' }).click();
  const dialog = page.getByRole('dialog', { name: /groupe/ });
  await dialog.getByRole('combobox', { name: 'Groupe' }).click();
  await page.getByRole('option', { name: /Union européenne/ }).click();
  await dialog.getByRole('radio', { name: 'Chef du gouvernement' }).check();
  await dialog.getByRole('button', { name: 'Ajouter les entrées' }).click();
  await expect(dialog).toBeHidden();
  // Belgium has its head of government already; the other 26 come in French order: Allemagne, Autriche, Bulgarie, Chypre, Croatie.
  const table = page.getByRole('table', { name: 'Destinataires' });
  const countryCells = table.getByRole('rowgroup').last().getByRole('row').locator('[role="cell"]:nth-child(4)');
  await expect(countryCells.nth(0)).toHaveText('Allemagne');
  await expect(countryCells.nth(1)).toHaveText('Autriche');
  await expect(countryCells.nth(4)).toHaveText('Croatie');

  // The stale entry says when it was last checked, in French.
  await page.getByLabel('Rechercher des destinataires').fill('Luc');
  await expect(table.getByRole('rowgroup').last().getByRole('row')).toHaveCount(1);
  await page
    .getByRole('row', { name: /Luc Exemple/ })
    .getByText('À vérifier', { exact: true })
    .hover();
  await expect(page.getByRole('tooltip')).toContainText('Vérifié pour la dernière fois le 10 janvier 2020, il y a plus de six mois.');
  await shot(page, 'fr-tooltip');

  await page.getByRole('checkbox', { name: /Luc Exemple/ }).check();
  await page.getByRole('toolbar').getByRole('button', { name: 'Marquer comme vérifiés' }).click();
  const verify = page.getByRole('dialog', { name: 'Marquer 1 destinataire comme vérifié' });
  await expect(verify.getByRole('textbox', { name: 'Vérifié le' })).toHaveAttribute('placeholder', 'AAAA-MM-JJ');
  await shot(verify, 'fr-bulk-verify');
  await verify.getByRole('button', { name: 'Marquer 1 comme vérifié' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '1 destinataire marqué comme vérifié le' })).toBeVisible();
});

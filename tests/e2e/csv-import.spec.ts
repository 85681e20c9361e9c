import path from 'node:path';
import { expect, test } from './fixtures';

const SPANISH_CSV = path.resolve(__dirname, '..', 'fixtures', 'e2e', 'recipients-es-semicolon.csv');

test.describe('CSV import', () => {
  test('imports a semicolon-separated Spanish file after a preview, and addresses each recipient by protocol', async ({ app, page }) => {
    await app.open();
    const wizard = await app.recipients.openImport();
    await wizard.chooseFile(SPANISH_CSV);

    // How the file was read, and what importing it would do.
    await expect(wizard.counts()).toContainText('4 to create');
    await expect(wizard.counts()).toContainText('0 to update');
    await expect(wizard.counts()).toContainText('1 to skip');
    await expect(wizard.dialog).toContainText('Semicolon (;)');
    await expect(wizard.dialog).toContainText('5 data rows');

    // The Spanish headers were recognised; a column can be remapped, which checks the file again.
    await expect(wizard.columnField('País')).toHaveValue('countryCode');
    await expect(wizard.columnField('Cargo')).toHaveValue('office');
    await expect(wizard.columnField('Correo')).toHaveValue('email');
    await wizard.columnField('Cargo').selectOption('ignore');
    const refusal = wizard.dialog.getByRole('alert');
    await expect(refusal).toContainText('A required column is missing');
    await expect(refusal).toContainText('no column for office');
    await expect(wizard.importButton()).toBeDisabled();
    await wizard.columnField('Cargo').selectOption('office');
    await expect(wizard.dialog.getByRole('alert')).toBeHidden();
    await expect(wizard.counts()).toContainText('4 to create');

    const created = await wizard.showTab('To create');
    await expect(created.getByRole('row')).toHaveCount(5);
    await expect(created.getByRole('row', { name: /Pedro Ficticio Ejemplo/ })).toContainText('Spain');
    const skipped = await wizard.showTab('To skip');
    const narnia = skipped.getByRole('row', { name: /Narnia/ });
    await expect(narnia.getByRole('cell').first()).toHaveText('6');
    await expect(narnia).toContainText('Unknown country');

    await wizard.confirm();
    await expect(page.getByRole('alert').filter({ hasText: 'Created 4, updated 0, skipped 1.' })).toBeVisible();
    await app.recipients.expectCount(4);
    await expect(app.recipients.row(/Jean Inventé/)).toContainText('France');
    await expect(app.recipients.row(/Alberto Ficticio/)).toContainText('Belgium');

    // Spanish head of government, in Spanish (the file's language), then in English.
    let form = await app.recipients.edit('Pedro Ficticio Ejemplo');
    await expect(form.dialog.getByRole('combobox', { name: 'Office type' })).toHaveValue('head_of_government');
    const spanish = form.dialog.getByRole('region', { name: 'In Spanish (preferred language)' });
    await expect(spanish).toContainText('Excelentísimo Señor Pedro Ficticio Ejemplo');
    await expect(spanish).toContainText('Presidente del Gobierno del Reino de España');
    await expect(spanish).toContainText('Señor Presidente:');
    await form.dialog.getByRole('switch', { name: 'Show in English, Spanish and French' }).check();
    await expect(form.dialog.getByRole('region', { name: 'In English' })).toContainText('President of the Government of the Kingdom of Spain');
    await expect(form.dialog.getByRole('region', { name: 'In French' })).toContainText('Monsieur le Président');
    await form.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(form.dialog).toBeHidden();

    // "M" in a column that also has "H" reads as mujer: a female UK Prime Minister, in English.
    form = await app.recipients.edit('Jane Example');
    const english = form.dialog.getByRole('region', { name: 'In English (preferred language)' });
    await expect(english).toContainText('The Rt Hon Jane Example');
    await expect(english).toContainText('Prime Minister of the United Kingdom of Great Britain and Northern Ireland');
    await expect(english).toContainText('Dear Prime Minister,');

    // An override wins in the preview and is saved with the recipient.
    await form.dialog.getByRole('button', { name: 'Override the form of address' }).click();
    await form.field('Salutation').fill('Dear Jane,');
    await expect(english).toContainText('Dear Jane,');
    await expect(english).not.toContainText('Dear Prime Minister,');
    await expect(english).toContainText('Overridden');
    await form.saveAndClose();
    form = await app.recipients.edit('Jane Example');
    await expect(form.dialog.getByRole('region', { name: 'In English (preferred language)' })).toContainText('Dear Jane,');
  });

  test('writes partners’ names as letters do, each change revertible, and shows how each office was understood', async ({ app }) => {
    const csv = [
      'Country,Name,Office,Gender,Language',
      'Ireland,"O\'Brien, Siobhán",Taoiseach,female,en',
      'Spain,"LÓPEZ GARCÍA, Ana",Presidenta del Gobierno,female,es',
      'France,DUPONT Jean,Premier ministre et ministre des Affaires étrangères,male,fr',
      'Greece,"ΜΗΤΣΟΤΑΚΗΣ, Κυριάκος",Prime Minister,male,en',
      'Turkmenistan,Someone Fictional,Chairman of the Halk Maslahaty,male,en',
    ].join('\n');
    await app.open();
    const wizard = await app.recipients.openImport();
    await wizard.chooseFile({ name: 'partners.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(wizard.counts()).toContainText('5 to create');

    // Every name written otherwise, before and after; the Greek one is not among them.
    const names = await wizard.showTab('Names');
    await expect(names.getByRole('row')).toHaveCount(4);
    await expect(names.getByRole('row', { name: /O'Brien, Siobhán/ })).toContainText("Siobhán O'Brien");
    await expect(names.getByRole('row', { name: /LÓPEZ GARCÍA, Ana/ })).toContainText('Ana López García');
    await expect(names).not.toContainText('ΜΗΤΣΟΤΑΚΗΣ');
    const keepDupont = wizard.dialog.getByRole('checkbox', { name: 'Keep “DUPONT Jean” (line 4) as written' });
    await keepDupont.check();
    await expect(keepDupont).toBeChecked();

    // How each office was understood; the unknown title is given its rank by hand.
    const created = await wizard.showTab('To create');
    await expect(created.getByRole('combobox', { name: 'Office type, line 4' })).toHaveValue('head_of_government');
    const unknown = created.getByRole('combobox', { name: 'Office type, line 6' });
    await expect(unknown).toHaveValue('custom');
    await unknown.selectOption('head_of_state');
    await expect(created.getByRole('combobox', { name: 'Office type, line 6' })).toHaveValue('head_of_state');
    await expect(created.getByRole('row', { name: /Dupont|DUPONT/ })).toContainText('DUPONT Jean');

    await wizard.confirm();
    await app.recipients.expectCount(5);
    await expect(app.recipients.row(/Siobhán O'Brien/)).toContainText('Ireland');
    await expect(app.recipients.row(/Ana López García/)).toContainText('Spain');
    await expect(app.recipients.row(/DUPONT Jean/)).toContainText('France');
    await expect(app.recipients.row(/ΜΗΤΣΟΤΑΚΗΣ, Κυριάκος/)).toContainText('Greece');

    // The chosen rank reached the store: an Excellency, never "Dear Sir".
    const form = await app.recipients.edit('Someone Fictional');
    await expect(form.dialog.getByRole('combobox', { name: 'Office type' })).toHaveValue('head_of_state');
    const english = form.dialog.getByRole('region', { name: 'In English (preferred language)' });
    await expect(english).toContainText('His Excellency Someone Fictional');
    await expect(english).toContainText('Chairman of the Halk Maslahaty');
    await expect(english).not.toContainText('Dear Sir');
  });

  test('explains why a spreadsheet file is refused', async ({ app }) => {
    await app.open();
    const wizard = await app.recipients.openImport();
    // The first bytes of an .xlsx (a zip archive), renamed to .csv.
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 0)]);
    await wizard.chooseFile({ name: 'recipients.csv', mimeType: 'text/csv', buffer: zip });
    const alert = wizard.dialog.getByRole('alert');
    await expect(alert).toContainText('This is a spreadsheet file, not a CSV file');
    await expect(alert).toContainText('spreadsheet');
    await expect(wizard.importButton()).toBeHidden();
  });
});

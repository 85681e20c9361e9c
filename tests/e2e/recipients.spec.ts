import { expect, test } from './fixtures';
import { LetterdeskApp } from './pages/letterdesk-app';
import { RecipientForm } from './pages/recipient-form';

test.describe('recipients', () => {
  test('adds a recipient through the form', async ({ app, page }) => {
    await app.open();
    await expect(page.getByRole('heading', { name: 'No recipients yet' })).toBeVisible();

    const form = await app.recipients.add();
    await expect(form.dialog.getByRole('combobox', { name: 'Country' })).toBeFocused();
    await form.fill({
      country: 'Spain',
      office: 'Prime Minister',
      name: 'Ana López',
      email: 'ana@example.org',
      tags: ['priority'],
    });
    await form.saveAndClose();

    await expect(page.getByRole('alert').filter({ hasText: 'Ana López was saved.' })).toBeVisible();
    await app.recipients.expectCount(1);
    const row = app.recipients.row(/Ana López/);
    await expect(row).toContainText('Prime Minister');
    await expect(row).toContainText('Spain');
    await expect(row).toContainText('ana@example.org');
    await expect(row).toContainText('priority');
  });

  test("offers a name in a letter's order, and says how the office was understood", async ({ app }) => {
    await app.open();
    const form = await app.recipients.add();
    await form.fill({ country: 'Saudi Arabia', office: 'Crown Prince and Prime Minister', name: 'BIN SALMAN, Mohammed' });
    await form.dialog.getByRole('radio', { name: 'Male', exact: true }).check();
    await expect(form.dialog).toContainText('Understood as: Head of government.');
    await expect(form.dialog.getByRole('combobox', { name: 'Office type' })).toHaveValue('head_of_government');

    // A suggestion, not a silent rewrite: the field keeps what was typed until the person accepts.
    await expect(form.field('Name')).toHaveValue('BIN SALMAN, Mohammed');
    await form.dialog.getByRole('button', { name: 'Use “Mohammed bin Salman”' }).click();
    await expect(form.field('Name')).toHaveValue('Mohammed bin Salman');
    await expect(form.dialog.getByRole('button', { name: /^Use “/ })).toBeHidden();

    const english = form.dialog.getByRole('region', { name: 'In English (preferred language)' });
    await expect(english).toContainText('His Royal Highness Prince Mohammed bin Salman');
    await expect(english).toContainText('Crown Prince and Prime Minister');
    await expect(english).toContainText('Your Royal Highness,');

    // A rank chosen by hand for a title Letterdesk does not know.
    await form.field('Office').fill('Custodian of the Realm');
    await expect(form.dialog).toContainText('Understood as: Other office.');
    await form.dialog.getByRole('combobox', { name: 'Office type' }).selectOption('head_of_government');
    await expect(form.dialog).toContainText('Understood as: Head of government.');
    await expect(english).not.toContainText('Dear Sir');
    await form.saveAndClose();
  });

  test('edits a recipient, and the change survives a reload', async ({ app, cli }) => {
    await cli('recipients', 'add', '--country', 'FR', '--office', 'Ministre de la Justice', '--name', 'Amélie Dubois');
    await app.open();

    const form = await app.recipients.edit('Amélie Dubois');
    await expect(form.field('Office')).toHaveValue('Ministre de la Justice');
    await form.field('Office').fill('Première ministre');
    await form.saveAndClose();

    await expect(app.recipients.row(/Amélie Dubois/)).toContainText('Première ministre');
    await app.reload();
    await expect(app.recipients.row(/Amélie Dubois/)).toContainText('Première ministre');
    await expect(app.recipients.row(/Amélie Dubois/)).toContainText('France');
  });

  test('deletes a recipient only after confirmation', async ({ app, cli, page }) => {
    await cli('recipients', 'add', '--country', 'ES', '--office', 'Prime Minister', '--name', 'Ana López');
    await app.open();

    const form = await app.recipients.edit('Ana López');
    await form.delete();
    const confirm = app.recipients.deleteDialog();
    await expect(confirm).toContainText('Delete Ana López, Prime Minister, Spain?');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeHidden();
    await expect(form.dialog).toBeVisible();

    await form.delete();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(form.dialog).toBeHidden();
    await expect(page.getByRole('alert').filter({ hasText: 'Ana López was deleted.' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'No recipients yet' })).toBeVisible();

    await app.reload();
    await expect(page.getByRole('heading', { name: 'No recipients yet' })).toBeVisible();
  });

  test('shows inline validation and saves nothing while the email is wrong', async ({ app, cli, page }) => {
    await app.open();
    const form = await app.recipients.add();
    await form.fill({ country: 'Spain', office: 'Prime Minister', name: 'Ana López', email: 'not-an-email' });
    await form.field('Email').blur();
    await expect(form.dialog.getByText('This is not a valid email address.')).toBeVisible();
    await expect(form.field('Email')).toHaveAttribute('aria-invalid', 'true');

    await form.save();
    await expect(form.dialog).toBeVisible();
    await expect(form.field('Email')).toBeFocused();

    await form.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('heading', { name: 'No recipients yet' })).toBeVisible();
    const stored = JSON.parse(await cli('--json', 'recipients', 'list')) as { total: number };
    expect(stored.total).toBe(0);
  });

  test('required fields are marked when saving an empty form; the name is not required', async ({ app }) => {
    await app.open();
    const form = await app.recipients.add();
    await form.save();
    await expect(form.dialog.getByText('This field is required.')).toHaveCount(1);
    await expect(form.field('Office')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.field('Name')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(form.dialog.getByText('Please choose a country from the list.')).toBeVisible();
  });

  test('saves an office whose holder is not known yet, marked to verify until checked', async ({ app, page }) => {
    await app.open();
    const form = await app.recipients.add();
    await form.chooseCountry('France');
    await form.field('Office').fill('Premier ministre');
    // The office type follows the office text.
    await expect(form.dialog.getByRole('combobox', { name: 'Office type' })).toHaveValue('head_of_government');
    await expect(form.dialog.getByRole('region', { name: /preferred language/ })).toContainText('Prime Minister of the French Republic');
    await form.saveAndClose();
    await expect(page.getByRole('alert').filter({ hasText: 'Premier ministre was saved.' })).toBeVisible();
    const row = app.recipients.row(/Premier ministre/);
    await expect(row).toContainText('Holder to verify');
    await expect(row).toContainText('To verify');

    const edit = await app.recipients.edit('Premier ministre');
    await edit.field('Name').fill('Camille Exemple');
    await edit.dialog.getByRole('button', { name: 'Verified today' }).click();
    await edit.saveAndClose();
    await expect(app.recipients.row(/Camille Exemple/)).not.toContainText('To verify');
  });

  test('sorts by a column and opens a row with the keyboard', async ({ app, cli, page }) => {
    for (const [country, name] of [
      ['ES', 'Ana López'],
      ['LV', 'Jānis Bērziņš'],
      ['FR', 'Zoë Martin'],
    ]) {
      await cli('recipients', 'add', '--country', country!, '--office', 'Minister', '--name', name!);
    }
    await app.open();
    const rows = app.recipients.dataRows();
    await expect(rows.first()).toContainText('Ana López');

    const nameHeader = app.recipients.table.getByRole('columnheader', { name: 'Name' });
    await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    await nameHeader.getByRole('button').click();
    await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(rows.first()).toContainText('Zoë Martin');

    await rows.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(rows.nth(1)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Edit recipient' }).getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Jānis Bērziņš');
  });

  test('explains an API error in plain words when the recipient is gone', async ({ app, cli, page, context, server }) => {
    await cli('recipients', 'add', '--country', 'ES', '--office', 'Prime Minister', '--name', 'Ana López');
    await app.open();
    const form = await app.recipients.edit('Ana López');

    // Meanwhile, someone deletes the recipient in another window.
    const other = new LetterdeskApp(await context.newPage(), server.url);
    await other.open();
    await (await other.recipients.edit('Ana López')).delete();
    await other.recipients.deleteDialog().getByRole('button', { name: 'Delete' }).click();
    await expect(other.page.getByRole('heading', { name: 'No recipients yet' })).toBeVisible();

    await form.field('Office').fill('President of the Government');
    await form.save();
    const alert = form.dialog.getByRole('alert');
    await expect(alert).toContainText('This item no longer exists.');
    await expect(alert).toContainText('That recipient no longer exists.');
    await expect(alert).not.toContainText(/at \w+ \(|Error:/);
    await expect(page.getByRole('dialog', { name: 'Edit recipient' })).toBeVisible();
  });

  test('on a Spanish screen, says the server’s detail in Spanish, never in English', async ({ app, cli, page }) => {
    const added = JSON.parse(await cli('--json', 'recipients', 'add', '--country', 'ES', '--office', 'Prime Minister', '--name', 'Ana López')) as {
      id: string;
    };
    await app.open();
    await app.goTo('Settings');
    await app.settings.chooseLanguage('es');
    await app.goTo('Destinatarios');
    await page
      .getByRole('table', { name: 'Destinatarios' })
      .getByRole('row', { name: /Ana López/ })
      .getByRole('cell')
      .nth(1)
      .click();
    const form = new RecipientForm(page, 'Editar destinatario');
    await expect(form.dialog).toBeVisible();

    // Meanwhile, the recipient is deleted from the command line.
    await cli('recipients', 'delete', added.id);

    await form.field('Cargo').fill('Presidente del Gobierno');
    await form.dialog.getByRole('button', { name: 'Guardar' }).click();
    const alert = form.dialog.getByRole('alert');
    await expect(alert).toContainText('Este elemento ya no existe.');
    await expect(alert).toContainText('Ese destinatario ya no existe. Puede que se haya eliminado.');
    await expect(alert).not.toContainText(/no longer exists|deleted/);
  });
});

import { expect, test } from './fixtures';
import { TemplatesPage } from './pages/templates-page';

test.describe('templates', () => {
  test('lists the examples; a template is renamed, set to US Letter, and deleted only after confirmation', async ({ app, page }) => {
    await app.open();
    await app.goTo('Templates');
    const templates = new TemplatesPage(page);
    const example = templates.row(/Political prisoners/);
    await expect(example).toContainText('Example');
    await expect(example.getByLabel('English')).toBeVisible();
    await expect(example.getByLabel('Spanish')).toBeVisible();

    await templates.create('Draft appeal');
    await app.goTo('Templates');
    const row = templates.row(/Draft appeal/);
    await row.getByRole('button', { name: 'Actions for Draft appeal' }).click();
    await page.getByRole('menuitem', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Template settings' });
    await settings.getByRole('textbox', { name: 'Name' }).fill('');
    await settings.getByRole('button', { name: 'Save' }).click();
    await expect(settings.getByText('This field is required.')).toBeVisible();
    await settings.getByRole('textbox', { name: 'Name' }).fill('Appeal to release the reporters');
    await settings.getByText('US Letter (8.5 × 11 in)').click();
    await settings.getByRole('button', { name: 'Save' }).click();
    await expect(settings).toBeHidden();
    const renamed = templates.row(/Appeal to release the reporters/);
    await expect(renamed.getByRole('cell').nth(3)).toHaveText('Letter');

    await renamed.getByRole('button', { name: 'Actions for Appeal to release the reporters' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete template' });
    await expect(confirm).toContainText('Delete Appeal to release the reporters?');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(renamed).toBeVisible();
    await renamed.getByRole('button', { name: 'Actions for Appeal to release the reporters' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(confirm).toBeHidden();
    await expect(renamed).toHaveCount(0);
    await app.reload();
    await app.goTo('Templates');
    await expect(templates.row(/Political prisoners/)).toBeVisible();
    await expect(templates.row(/Appeal to release the reporters/)).toHaveCount(0);
  });

  test('a choice and a condition follow the recipient in the preview', async ({ app, cli, page }) => {
    test.setTimeout(45_000);
    await cli('recipients', 'add', '--country', 'ES', '--office', 'Presidente del Gobierno', '--name', 'Pedro Ficticio', '--gender', 'male');
    await cli('recipients', 'add', '--country', 'FR', '--office', 'Ministre des Affaires étrangères', '--name', 'Claire Exemple', '--gender', 'female');
    await app.open();
    await app.goTo('Templates');
    const editor = await new TemplatesPage(page).create('Meeting request');

    await editor.text.click();
    await page.keyboard.type('We ask ');
    await editor.toolbar.getByRole('button', { name: /^Insert a choice/ }).click();
    const choice = page.getByRole('dialog').filter({ has: page.getByRole('textbox', { name: 'Any other case' }) });
    await choice.getByRole('textbox', { name: 'Female', exact: true }).fill('her');
    await choice.getByRole('textbox', { name: 'Male', exact: true }).fill('him');
    await choice.getByRole('textbox', { name: 'Any other case' }).fill('them');
    await choice.getByRole('button', { name: 'Insert' }).click();
    await expect(editor.chip('her / him · Gender (choice)')).toBeVisible();
    await page.keyboard.type(' to receive us.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Please also forward this letter to the cabinet.');

    // The second paragraph only for heads of government.
    await editor.toolbar.getByRole('button', { name: 'Put the selected paragraphs in a condition' }).click();
    await page.getByRole('button', { name: 'Apply to selected paragraphs' }).click();
    const condition = editor.text.getByRole('group', { name: 'Only if office is head of government' });
    await expect(condition).toContainText('Please also forward this letter');

    await editor.previewFor(/Pedro Ficticio/);
    await expect(editor.previewPage).toContainText('We ask him to receive us.');
    await expect(editor.previewPage).toContainText('Please also forward this letter to the cabinet.');
    await editor.previewFor(/Claire Exemple/);
    await expect(editor.previewPage).toContainText('We ask her to receive us.');
    await expect(editor.previewPage).not.toContainText('Please also forward');

    await editor.waitUntilSaved();
    await app.reload();
    await app.goTo('Templates');
    const reopened = await new TemplatesPage(page).open('Meeting request');
    await expect(reopened.text.getByRole('group', { name: 'Only if office is head of government' })).toBeVisible();
    await expect(reopened.chip('her / him · Gender (choice)')).toBeVisible();
  });
});

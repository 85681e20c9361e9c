import { expect, test } from './fixtures';
import { FactsPage } from './pages/facts-page';
import { TemplatesPage } from './pages/templates-page';

test.describe('facts', () => {
  test('adds a fact with inline validation, cites it in a template, and the preview shows it, warning when it is stale', async ({ app, cli, page }) => {
    test.setTimeout(60_000);
    await cli('recipients', 'add', '--country', 'FR', '--office', 'Premier ministre', '--name', 'Jean Inventé', '--gender', 'male', '--language', 'fr');
    await app.open();
    await app.goTo('Facts');
    await expect(page.getByRole('heading', { name: 'No facts yet' })).toBeVisible();

    // A wrong web address and a missing date are shown under their fields, and nothing is saved.
    const facts = new FactsPage(page);
    await page.getByRole('main').getByRole('button', { name: 'Add fact' }).first().click();
    await facts.fill({
      label: 'Detained reporters',
      text: 'At least 41 reporters are held without trial.',
      source: 'Harbour Light Press Network',
      sourceUrl: 'harbourlight.example',
      asOf: '',
    });
    await facts.dialog.getByRole('button', { name: 'Save' }).click();
    await expect(facts.dialog.getByText('This is not a valid web address (it must start with http:// or https://).')).toBeVisible();
    await expect(facts.dialog.getByText('This is not a valid date.')).toBeVisible();
    await expect(facts.field('Source web address')).toHaveAttribute('aria-invalid', 'true');
    await facts.field('Source web address').fill('https://harbourlight.example/report');
    await facts.dialog.getByLabel('As of').fill('2020-03-01');
    await facts.field('Stale after (days)').fill('90');
    await facts.dialog.getByRole('button', { name: 'Save' }).click();
    await expect(facts.dialog).toBeHidden();
    await expect(facts.row(/Detained reporters/)).toContainText('Stale');
    await expect(facts.row(/Detained reporters/)).toContainText('Harbour Light Press Network');

    await facts.add({
      label: 'Visits refused',
      text: 'No independent monitor has been allowed in since the spring.',
      source: 'Monitoring coalition',
      asOf: new Date().toISOString().slice(0, 10),
    });
    await expect(facts.row(/Visits refused/)).not.toContainText('Stale');

    // Cite both in a new template: the chips show the labels, the stale one marked.
    await app.goTo('Templates');
    const editor = await new TemplatesPage(page).create('Press freedom update');
    await editor.text.click();
    await page.keyboard.type('We recall that ');
    await editor.insertFact('Detained reporters');
    await page.keyboard.type(' Moreover, ');
    await editor.insertFact('Visits refused');
    await expect(editor.chip('Fact Detained reporters (Stale)')).toBeVisible();
    await expect(editor.chip('Fact Visits refused')).toBeVisible();

    await editor.previewFor(/Jean Inventé/);
    await expect(editor.variantNote).toHaveText('No French text: showing English.');
    await expect(editor.previewPage).toContainText('We recall that At least 41 reporters are held without trial. Moreover, No independent monitor');
    const warnings = editor.warnings();
    await expect(warnings).toContainText('1 fact may be out of date');
    await expect(warnings).toContainText('Detained reporters — Harbour Light Press Network, as of 1 March 2020');
    await expect(warnings).not.toContainText('Visits refused');

    // Updating the fact updates the preview.
    await editor.waitUntilSaved();
    await app.goTo('Facts');
    await facts
      .row(/Detained reporters/)
      .getByRole('button', { name: 'Actions for Detained reporters' })
      .click();
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    await facts.field('Text').fill('At least 43 reporters are held without trial.');
    await facts.dialog.getByLabel('As of').fill(new Date().toISOString().slice(0, 10));
    await facts.dialog.getByRole('button', { name: 'Save' }).click();
    await expect(facts.dialog).toBeHidden();
    await app.goTo('Templates');
    const reopened = await new TemplatesPage(page).open('Press freedom update');
    await reopened.previewFor(/Jean Inventé/);
    await expect(reopened.previewPage).toContainText('At least 43 reporters');
    await expect(reopened.preview.getByText('Nothing missing: this letter is ready for this recipient.')).toBeVisible();
  });
});

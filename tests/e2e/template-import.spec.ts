import path from 'node:path';
import { expect, test } from './fixtures';
import { appealLetterDocx } from './letter-docx';
import { TemplateEditor } from './pages/template-editor';
import { occurrences, TemplatesPage } from './pages/templates-page';

test.describe('letter import', () => {
  test('imports a Word letter, maps its placeholders, and previews it correctly for a Spanish prime minister and a king', async ({ app, cli, page }) => {
    test.setTimeout(60_000);
    await cli(
      'recipients',
      'add',
      '--country',
      'ES',
      '--office',
      'Presidente del Gobierno',
      '--name',
      'Pedro Ficticio',
      '--gender',
      'male',
      '--language',
      'es',
    );
    await cli('recipients', 'add', '--country', 'NL', '--office', 'King', '--name', 'Willem-Alexander', '--gender', 'male', '--language', 'en');
    await app.open();
    await app.goTo('Templates');
    const templates = new TemplatesPage(page);
    const wizard = await templates.openImport();
    await wizard.chooseFile({
      name: 'appeal.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await appealLetterDocx(),
    });

    // What Letterdesk found, and what it proposes for each placeholder.
    await expect(wizard.placeholder('His/Her Excellency')).toContainText('Proposed: Recipient · Honorific');
    await expect(wizard.placeholder('**NAME OF THE PRESIDENT**')).toContainText('Proposed: Recipient · Name');
    await expect(wizard.placeholder('President/Prime Minister of the Republic of **COUNTRY**')).toContainText('Proposed: Recipient · Full title');
    // "in COUNTRY" becomes the phrase field, so a Spanish text later reads "en España", a French one "au …"/"aux …".
    await expect(wizard.placeholder('in **COUNTRY**')).toContainText('Proposed: Country · in + name');
    await expect(wizard.placeholder('**DEADLINE**')).toContainText('Not recognised');
    await expect(wizard.becomes('**DEADLINE**')).toHaveValue('unmapped');
    await expect(wizard.dialog.getByText('1 placeholder is left as it is')).toBeVisible();
    await expect(wizard.preview).toContainText('[[DEADLINE]]');

    // The unknown one becomes fixed text; the preview is asked for again with that decision.
    await wizard.mapToText('**DEADLINE**', 'the end of next month');
    await expect(wizard.preview).toContainText('by the end of next month.');
    await expect(wizard.preview).not.toContainText('[[DEADLINE]]');
    await expect(wizard.dialog.getByText('1 placeholder is left as it is')).toBeHidden();
    await expect(wizard.dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Appeal for the release of detained journalists');
    await expect(wizard.dialog.getByRole('combobox', { name: 'Language of the letter' })).toHaveValue('en');

    // The letter opens with address lines and ends without a close; it has its own salutation ("Your Excellency,").
    await expect(wizard.proposal('addressBlock')).toBeChecked();
    await expect(wizard.proposal('close')).toBeChecked();
    await expect(wizard.proposal('salutation')).toHaveCount(0);
    // "We write…": the letter speaks as we, and the review shows the first letter (by name) as it will print.
    await expect(wizard.voice('We')).toBeChecked();
    const printed = wizard.preview.getByRole('document', { name: 'Letter preview' });
    await expect(printed).toContainText('Pedro Ficticio');
    await expect(printed).toContainText('Yours sincerely,');
    expect(await occurrences(printed, 'President of the Government of the Kingdom of Spain')).toBe(1);
    // Turned off, the address lines stay as written, under Letterdesk's own address block: the person sees the address twice.
    await wizard.proposal('addressBlock').uncheck();
    await expect.poll(() => occurrences(printed, 'President of the Government of the Kingdom of Spain')).toBe(2);
    await wizard.create();

    // The new template opens in the editor.
    await expect(page.getByRole('heading', { name: 'Appeal for the release of detained journalists', level: 1 }).first()).toBeVisible();
    const editor = new TemplateEditor(page);
    await expect(editor.chip('Merge field Recipient · Full title')).toBeVisible();
    await expect(editor.chip('Merge field Recipient · Address block')).toHaveCount(0);
    await expect(editor.chip('Merge field Recipient · Complimentary close')).toBeVisible();

    // The Spanish head of government prefers Spanish: the template has only English, so the English text is shown, in English.
    await editor.previewFor(/Pedro Ficticio/);
    await expect(editor.variantNote).toHaveText('No Spanish text: showing English.');
    const letter = editor.previewPage;
    await expect(letter).toContainText('President of the Government of the Kingdom of Spain');
    await expect(letter).toContainText('Pedro Ficticio');
    await expect(letter).toContainText('held without charge in Spain.');
    await expect(letter).toContainText('by the end of next month.');
    for (const wrong of ['His/Her', 'Republic of Spain', '[[', '**', 'President/Prime Minister']) await expect(letter).not.toContainText(wrong);

    // The King of the Netherlands, in English.
    await editor.previewFor(/Willem-Alexander/);
    await expect(editor.variantNote).toHaveText('Showing the English text.');
    await expect(letter).toContainText('His Majesty');
    await expect(letter).toContainText('King of the Netherlands');
    for (const wrong of ['His/Her', 'Republic of', 'Excellency Willem', '[[', '**']) await expect(letter).not.toContainText(wrong);

    // A Spanish text, started from a copy of the English one: the Spanish head of government now gets it, fields in Spanish.
    await page.getByRole('button', { name: 'Add a language' }).click();
    await page.getByRole('menuitem', { name: 'Spanish' }).click();
    const add = page.getByRole('dialog', { name: 'Add Spanish' });
    await add.getByRole('button', { name: 'Add Spanish' }).click();
    await expect(add).toBeHidden();
    await expect(editor.languages.getByRole('tab', { name: 'Spanish', selected: true })).toBeVisible();
    await editor.previewFor(/Pedro Ficticio/);
    await expect(editor.variantNote).toHaveText('Showing the Spanish text.');
    await expect(letter).toContainText('Presidente del Gobierno del Reino de España');
    await expect(letter).not.toContainText('Republic of');
    await editor.letterLanguage('English');
    await expect(editor.variantNote).toHaveText('Showing the English text.');
    await expect(letter).toContainText('Kingdom of Spain');
  });

  test('proposes the address block, salutation and close a letter lacks, in the voice it speaks, and keeps what the person turns off', async ({
    app,
    cli,
    page,
  }) => {
    test.setTimeout(60_000);
    await cli(
      'recipients',
      'add',
      '--country',
      'FR',
      '--office',
      'Présidente de la République',
      '--name',
      'Claire Fictive',
      '--gender',
      'female',
      '--language',
      'fr',
    );
    await app.open();
    await app.goTo('Templates');
    const wizard = await new TemplatesPage(page).openImport();
    // Address lines at the top, then the text: no salutation, no close, and "Nous vous écrivons…".
    await wizard.chooseFile(path.resolve(__dirname, '..', 'fixtures', 'templates', 'own-letter-fr.txt'));

    for (const which of ['addressBlock', 'salutation', 'close'] as const) await expect(wizard.proposal(which)).toBeChecked();
    await expect(wizard.voice('We')).toBeChecked();
    await expect(wizard.placeholder('**NOM DU PRÉSIDENT**')).toContainText('Only in the address lines, which the address block replaces.');
    const printed = wizard.preview.getByRole('document', { name: 'Letter preview' });
    await expect(printed).toContainText('Claire Fictive');
    // One address block, the salutation, and the close in the plural.
    expect(await occurrences(printed, 'Présidente de la République française')).toBe(1);
    await expect(printed).toContainText("Nous vous prions d'agréer, Madame la Présidente, l'expression de notre très haute considération.");
    expect(await occurrences(printed, 'Madame la Présidente,')).toBe(2);
    for (const wrong of ['**', '[[', 'Monsieur/Madame', 'Président/Premier']) await expect(printed).not.toContainText(wrong);

    // The salutation turned off: only the close still names her.
    await wizard.proposal('salutation').uncheck();
    await expect.poll(() => occurrences(printed, 'Madame la Présidente,')).toBe(1);
    await wizard.create();

    const editor = new TemplateEditor(page);
    await expect(editor.chip('Merge field Recipient · Address block')).toBeVisible();
    await expect(editor.chip('Merge field Recipient · Complimentary close')).toBeVisible();
    await expect(editor.chip('Merge field Recipient · Salutation')).toHaveCount(0);
    await expect(editor.chip('Merge field Recipient · Name')).toHaveCount(0);

    // The voice is the template's: "We" as imported; "I" closes in the singular, and is kept.
    const voice = page.getByRole('radiogroup', { name: 'Voice of the letter' });
    await expect(voice.getByRole('radio', { name: 'We' })).toBeChecked();
    await editor.previewFor(/Claire Fictive/);
    await expect(editor.previewPage).toContainText("l'expression de notre très haute considération.");
    await expect(page.getByRole('status', { name: 'Voice of the letter' })).toHaveText('Close written for several writers (we): “our highest consideration”.');
    await voice.getByText('I', { exact: true }).click();
    await expect(editor.previewPage).toContainText("Je vous prie d'agréer, Madame la Présidente, l'expression de ma très haute considération.");
    await expect(page.getByRole('status', { name: 'Voice of the letter' })).toHaveText('Close written for one writer (I): “my highest consideration”.');
    await expect.poll(async () => /"voice": ?"singular"/.test(await cli('--json', 'templates', 'list'))).toBe(true);
    await page.reload();
    await app.goTo('Templates');
    await new TemplatesPage(page).open('own-letter-fr');
    await expect(page.getByRole('radiogroup', { name: 'Voice of the letter' }).getByRole('radio', { name: 'I', exact: true })).toBeChecked();
  });

  test('explains why a file is refused', async ({ app, page }) => {
    await app.open();
    await app.goTo('Templates');
    const wizard = await new TemplatesPage(page).openImport();
    // An old binary .doc renamed .docx: not a zip archive.
    await wizard.chooseFile({
      name: 'letter.docx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(200).fill(0)]),
    });
    const alert = wizard.dialog.getByRole('alert');
    await expect(alert).toContainText('Letterdesk cannot import this file');
    await expect(alert).toContainText('Please check what you entered.');
    await expect(wizard.dialog.getByRole('button', { name: 'Create template' })).toBeHidden();
  });
});

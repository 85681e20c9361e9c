import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { ownLetterDocx } from './own-letter-docx';
import { CampaignPages } from './pages/campaign-pages';
import { CountriesPage } from './pages/countries-page';
import { TemplateEditor } from './pages/template-editor';
import { TemplatesPage } from './pages/templates-page';
import { printedText, readLetters } from './read-letters';

/*
 * "Done when" for proper letters, through the UI: the coalition's own Word
 * letter (address lines with placeholders at the top, no salutation, no
 * close, "We are writing…") imported with the review's proposals as they
 * come, a partner's CSV of EU heads of government with Spanish headers and
 * names written "SURNAME, Given", a campaign, and the export. Every letter,
 * read back by python-docx, has one address block, the salutation, the
 * close in the letter's voice (we), and the names in the order letters use.
 * Only the organisation and its signer are set up beforehand, with the CLI.
 */

// Set to a folder to keep the screenshots and the exported letters there, to look at them.
const SHOTS = process.env.LETTERS_PATH_SHOTS;

const CSV = [
  'País;Nombre;Cargo;Género;Idioma',
  'Irlanda;"O\'BRIEN, Siobhán";Taoiseach;M;en',
  'España;"LÓPEZ GARCÍA, Ana";Presidenta del Gobierno;M;en',
  'Países Bajos;"VAN DER BERG, Jan";Primer Ministro;H;en',
  // The partner did not know: no gender, so "Excellency," and the formal close, which carries the voice.
  'Portugal;"SILVA, João";Primer Ministro;;en',
].join('\r\n');

// [in the file name, address lines, salutation, close]
const EXPECTED: [string, string[], string, string][] = [
  ["Siobhán O'Brien", ["Her Excellency Siobhán O'Brien", 'Taoiseach', 'Ireland'], 'Dear Taoiseach,', 'Yours sincerely,'],
  [
    'Ana López García',
    ['Her Excellency Ana López García', 'President of the Government of the Kingdom of Spain', 'Spain'],
    'Dear Madam President,',
    'Yours sincerely,',
  ],
  [
    'Jan van der Berg',
    ['His Excellency Jan van der Berg', 'Prime Minister of the Kingdom of the Netherlands', 'Netherlands'],
    'Dear Prime Minister,',
    'Yours sincerely,',
  ],
  [
    'João Silva',
    ['His Excellency João Silva', 'Prime Minister of the Portuguese Republic', 'Portugal'],
    'Excellency,',
    'Please accept, Excellency, the assurances of our highest consideration.',
  ],
];

test('the own letter and a partner’s list of EU heads of government: one address block, salutation, close in our voice, names in order', async ({
  app,
  cli,
  page,
}) => {
  test.setTimeout(180_000);
  await cli('org', 'set', '--name', 'Open Newsrooms Coalition', '--address', '5 Harbour Row\\nDublin', '--place', 'Dublin');
  await cli('signers', 'add', '--name', 'Róisín Example', '--title', 'Coordinator');
  await app.open();

  // 1. The letter, imported: the review proposes the address block, the salutation and the close, and speaks as "we".
  await app.goTo('Templates');
  const wizard = await new TemplatesPage(page).openImport();
  await wizard.chooseFile({
    name: 'journalists-letter.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await ownLetterDocx(),
  });
  for (const which of ['addressBlock', 'salutation', 'close'] as const) await expect(wizard.proposal(which)).toBeChecked();
  await expect(wizard.voice('We')).toBeChecked();
  await expect(wizard.dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('journalists-letter');
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'import-review.png'), fullPage: true });
  await wizard.create();
  const editor = new TemplateEditor(page);
  await expect(editor.chip('Merge field Recipient · Address block')).toBeVisible();
  await expect(editor.chip('Merge field Recipient · Salutation')).toBeVisible();
  await expect(editor.chip('Merge field Recipient · Complimentary close')).toBeVisible();

  // 2. The partner's list: Spanish headers, names written "SURNAME, Given", each shown before and after.
  await app.goTo('Recipients');
  const csv = await app.recipients.openImport();
  await csv.chooseFile({ name: 'socios-jefes-de-gobierno.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await expect(csv.counts()).toContainText('4 to create');
  await expect(csv.columnField('Nombre')).toHaveValue('name');
  const names = await csv.showTab('Names');
  await expect(names.getByRole('row', { name: /O'BRIEN, Siobhán/ })).toContainText("Siobhán O'Brien");
  await expect(names.getByRole('row', { name: /LÓPEZ GARCÍA, Ana/ })).toContainText('Ana López García');
  await expect(names.getByRole('row', { name: /VAN DER BERG, Jan/ })).toContainText('Jan van der Berg');
  await expect(names.getByRole('row', { name: /SILVA, João/ })).toContainText('João Silva');
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'csv-names.png'), fullPage: true });
  await csv.confirm();
  await app.recipients.expectCount(4);

  // 3. The campaign, to the EU heads of government.
  await app.goTo('Campaigns');
  const campaigns = new CampaignPages(page);
  await page.getByRole('button', { name: 'New campaign' }).click();
  await campaigns.wizard.getByRole('textbox', { name: 'Campaign name' }).fill('Journalists in Varnesse');
  await campaigns.choose(campaigns.wizard, 'Template', 'journalists-letter');
  await campaigns.wizard.getByLabel('Letter date').fill('2026-06-01');
  await campaigns.wizard.getByRole('textbox', { name: 'Reference prefix' }).fill('onc');
  await campaigns.wizard.getByRole('button', { name: 'Next' }).click();
  await campaigns.wizard.getByRole('radio', { name: 'The members of a group' }).check();
  await campaigns.choose(campaigns.wizard, 'Group', 'European Union (EU)');
  await campaigns.choose(campaigns.wizard, 'Office', 'Head of government');
  await campaigns.wizard.getByRole('button', { name: 'Next' }).click();
  await campaigns.choose(campaigns.wizard, 'Signers', 'Róisín Example');
  await campaigns.wizard.getByRole('button', { name: 'Create campaign' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journalists in Varnesse' })).toBeVisible();
  await expect(campaigns.drafts().getByRole('row')).toHaveCount(5);

  // 4. The export: the holders came from a partner's list and are not verified yet, so the letters are included by choice.
  await campaigns.exportSection.getByRole('checkbox', { name: 'Include letters that need attention' }).check();
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'campaign.png'), fullPage: true });
  const zip = await campaigns.exportAs('A ZIP of Word files');
  const entries = Object.entries(unzipSync(new Uint8Array(fs.readFileSync(await zip.path())))).filter(([name]) => name.endsWith('.docx'));
  expect(entries).toHaveLength(4);

  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'letterdesk-letters-path-'));
  try {
    const files = entries.map(([name, bytes], i) => {
      const file = path.join(out, `${i}.docx`);
      fs.writeFileSync(file, bytes);
      if (SHOTS) fs.writeFileSync(path.join(SHOTS, path.basename(name)), bytes);
      return file;
    });
    const letters = readLetters(files);
    for (const [who, address, salutation, close] of EXPECTED) {
      const found = entries.flatMap(([name], i) => (name.normalize('NFC').includes(who) ? [i] : []));
      expect(found, who).toHaveLength(1);
      const lines = letters[found[0]];
      const text = lines.join('\n');
      // One address block: its lines once each, in order, then the salutation.
      const first = lines.indexOf(address[0]);
      expect(first, `${who}:\n${text}`).toBeGreaterThanOrEqual(0);
      expect(lines.slice(first, first + address.length)).toEqual(address);
      for (const part of address.slice(0, 2))
        expect(
          lines.filter((l) => l === part),
          `${who}: ${part}`,
        ).toHaveLength(1);
      expect(lines[first + address.length]).toBe(salutation);
      // The text, then the close, then the signer.
      expect(lines.indexOf(close), `${who}: ${close}`).toBeGreaterThan(lines.findIndex((l) => l.startsWith('We would be glad to brief')));
      expect(lines.indexOf('Róisín Example')).toBeGreaterThan(lines.indexOf(close));
      // Nothing of the placeholders, the partner's spelling or a singular voice is left.
      for (const leftover of ['**', '[[', 'His/Her', 'President/Prime', 'NAME OF', ', Siobhán', ', Ana', ', Jan', ', João', 'my highest'])
        expect(text, `${who}: ${leftover}`).not.toContain(leftover);
    }

    // As LibreOffice prints the letter whose close carries the voice: the address once, the salutation, "our highest consideration".
    const [, portugal, salutation, close] = EXPECTED[3];
    const printed = printedText(files[entries.findIndex(([name]) => name.normalize('NFC').includes('João Silva'))]);
    expect(printed.split(portugal[0]).length - 1).toBe(1);
    expect(printed).toContain(`${portugal[1]} ${portugal[2]} ${salutation}`);
    expect(printed).toContain(close);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});

test('a state where no parliament sits: its page says so instead of showing a chamber', async ({ app, page }) => {
  await app.open();
  await app.goTo('Countries');
  const countries = new CountriesPage(page);
  await countries.search.fill('kuwait');
  await countries.open('Kuwait');
  await expect(countries.heading('Kuwait')).toBeVisible();
  const speaker = countries.addressCard('Speaker of parliament');
  await expect(speaker).toHaveText(/No parliament sits at present\. A letter to a presiding officer prints only the office as you type it\./);
  await expect(speaker).not.toContainText('National Assembly');
  // A state with a parliament keeps its chamber's own title.
  await app.goTo('Countries');
  await countries.search.fill('norway');
  await countries.open('Norway');
  await expect(countries.addressCard('Speaker of parliament')).toContainText('President of the Storting');
});

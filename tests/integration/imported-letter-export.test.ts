import fs from 'node:fs';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import type { CampaignSummary } from '../../shared/campaigns/schemas';
import type { Language, Recipient } from '../../shared/recipients/schemas';
import type { Signer } from '../../shared/senders/schemas';
import type { TemplateImportPreview } from '../../shared/templates/contract';
import type { TemplateSummary, TemplateVoice } from '../../shared/templates/schemas';
import { readWithPythonDocx, requireTools, type ReadBlock } from '../unit/exports/docx/helpers';
import { exportThroughApi } from '../helpers/eu-letter-campaign';
import { workspaceForEachTest } from '../helpers/workspace-per-test';

/*
 * The user's own letter, imported and exported: address lines at the top,
 * no salutation, no close (tests/fixtures/templates/own-letter-*.txt, and
 * the same letter as a Word file with bold capitals). Imported with the
 * review's proposals on, every exported letter read back by python-docx has
 * one address block, the recipient's salutation before the text, and the
 * close, in the template's voice, before the signatures.
 */

const { t, ok } = workspaceForEachTest();
const today = new Date().toISOString().slice(0, 10);

async function setUp(signerCount: number, endorsers: number): Promise<{ signers: Signer[]; endorserIds: string[] }> {
  await ok('organisation.update', { name: 'Riverside Rights Coalition', address: '2 Quay Street\nGeneva', place: 'Geneva', paperSize: 'A4' });
  const signers: Signer[] = [];
  for (let i = 0; i < signerCount; i++) signers.push(await ok<Signer>('signers.create', { name: `Signer ${i + 1}`, title: 'Coordinator' }));
  const endorserIds: string[] = [];
  for (let i = 0; i < endorsers; i++) endorserIds.push((await ok<{ id: string }>('endorsers.create', { name: `Partner ${i + 1}`, status: 'agreed' })).id);
  return { signers, endorserIds };
}

const recipient = (countryCode: string, office: string, name: string, gender: 'female' | 'male', language: Language) =>
  ok<Recipient>('recipients.create', { countryCode, office, name, gender, language, postalAddress: '1 Government Square', verifiedOn: today });

async function importLetter(fileName: string, bytes: Uint8Array, voice?: TemplateVoice) {
  return ok<{ preview: TemplateImportPreview; template: TemplateSummary }>('templates.import', {
    fileName,
    contentBase64: Buffer.from(bytes).toString('base64'),
    commit: true,
    ...(voice ? { voice } : {}),
  });
}

async function exportLetters(templateId: string, recipients: Recipient[], signers: Signer[], endorserIds: string[]) {
  const campaign = await ok<CampaignSummary>('campaigns.create', {
    name: `Campaign ${templateId}`,
    templateId,
    letterDate: '2026-05-04',
    referencePrefix: 'RRC',
    signerIds: signers.map((s) => s.id),
    endorserIds,
    recipients: { by: 'ids', ids: recipients.map((r) => r.id) },
  });
  const { files } = await exportThroughApi(t.handlers, campaign.id, 'files');
  return files.map((f) => ({ name: f.name, blocks: readWithPythonDocx(f.bytes).blocks }));
}

const textOf = (b: ReadBlock) => (b.kind === 'p' ? (b.text ?? '') : (b.rows ?? []).flat().join('\n'));
const indexOf = (blocks: ReadBlock[], test: (text: string) => boolean) => blocks.findIndex((b) => test(textOf(b)));
const count = (blocks: ReadBlock[], text: string) => blocks.map(textOf).join('\n').split(text).length - 1;
/** How many printed lines read exactly `line`. */
const lines = (blocks: ReadBlock[], line: string) =>
  blocks
    .map(textOf)
    .flatMap((text) => text.split('\n'))
    .filter((l) => l.trim() === line).length;

/** The letter's parts, in the order a letter has them: one address, the salutation, the text, the close, the signers. */
function expectProperLetter(blocks: ReadBlock[], e: { address: string[]; salutation: string; opening: string; close: string; signer: string }) {
  for (const line of e.address) expect(lines(blocks, line), line).toBe(1);
  // The address block's lines in order, in the address's place above the text.
  const printed = blocks.map(textOf).flatMap((text) => text.split('\n'));
  const first = printed.indexOf(e.address[0]!);
  expect(printed.slice(first, first + e.address.length)).toEqual(e.address);
  const address = indexOf(blocks, (text) => text.includes(e.address[0]!));
  const salutation = indexOf(blocks, (text) => text === e.salutation);
  const opening = indexOf(blocks, (text) => text.startsWith(e.opening));
  const close = indexOf(blocks, (text) => text === e.close);
  const signers = indexOf(blocks, (text) => text.includes(e.signer));
  expect(
    [address, salutation, opening, close, signers].every((i) => i >= 0),
    JSON.stringify(blocks.map(textOf)),
  ).toBe(true);
  expect(address).toBeLessThan(salutation);
  expect(salutation).toBeLessThan(opening);
  expect(opening).toBeLessThan(close);
  expect(close).toBeLessThan(signers);
  for (const leftover of ['**', '[[', '/Her', '/Madame', 'Señor/a', '/Prime', '/Primer', '/Premier'])
    expect(blocks.map(textOf).join('\n')).not.toContain(leftover);
}

/** The fixture letter as a Word user keeps it: bold capitals for the blanks, one paragraph a line. */
async function ownLetterDocx(): Promise<Uint8Array> {
  const lines = fs.readFileSync('tests/fixtures/templates/own-letter-en.txt', 'utf8').split('\n');
  const paragraph = (line: string) =>
    new Paragraph({ children: line.split(/\*\*([^*]+)\*\*/).map((part, i) => new TextRun({ text: part, bold: i % 2 === 1 })) });
  const doc = new Document({ sections: [{ children: lines.filter((l) => l.trim() !== '').map(paragraph) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('an imported letter, exported', () => {
  it('English, from Word: one address block, "Dear Taoiseach,", and a sovereign close in the plural, since the letter says "we"', async () => {
    requireTools('python-docx');
    const { signers, endorserIds } = await setUp(1, 0);
    const ie = await recipient('IE', 'Taoiseach', 'Siobhán Sampla', 'female', 'en');
    const nl = await recipient('NL', 'King', 'Willem Voorbeeld', 'male', 'en');
    const { preview, template } = await importLetter('own-letter.docx', await ownLetterDocx());
    expect(preview.offers).toMatchObject({ salutation: true, close: true, addressLines: expect.arrayContaining(['**NAME OF THE PRESIDENT**']) });
    expect(template.voice).toBe('plural');

    const letters = await exportLetters(template.id, [ie, nl], signers, endorserIds);
    const byName = (name: string) => letters.find((l) => l.name.includes(name))!.blocks;
    expectProperLetter(byName('Sampla'), {
      address: ['Her Excellency Siobhán Sampla', 'Taoiseach', '1 Government Square', 'Ireland'],
      salutation: 'Dear Taoiseach,',
      opening: 'We are writing to you as organisations',
      close: 'Yours sincerely,',
      signer: 'Signer 1',
    });
    expectProperLetter(byName('Voorbeeld'), {
      address: ['His Majesty King Willem Voorbeeld', 'King of the Netherlands'],
      salutation: 'Your Majesty,',
      opening: 'We are writing to you as organisations',
      close: 'Please accept, Your Majesty, the assurances of our highest respect.',
      signer: 'Signer 1',
    });
  });

  it('Spanish, voice automatic: one signer closes "mi", two signers and an endorser "nuestra"', async () => {
    requireTools('python-docx');
    const { signers, endorserIds } = await setUp(2, 1);
    const es = await recipient('ES', 'Presidente del Gobierno', 'Lucía Ejemplo', 'female', 'es');
    const { template } = await importLetter('own-letter-es.txt', fs.readFileSync('tests/fixtures/templates/own-letter-es.txt'), 'auto');
    expect(template.voice).toBe('auto');
    const letter = (close: string) => ({
      address: ['Excelentísima Señora Lucía Ejemplo', 'Presidenta del Gobierno del Reino de España', '1 Government Square', 'España'],
      salutation: 'Señora Presidenta:',
      opening: 'Nos dirigimos a usted como organizaciones',
      close,
      signer: 'Signer 1',
    });
    const [one] = await exportLetters(template.id, [es], signers.slice(0, 1), []);
    expectProperLetter(one!.blocks, letter('Le ruego acepte, Señora Presidenta, el testimonio de mi más alta consideración.'));
    const [many] = await exportLetters(template.id, [es], signers, endorserIds);
    expectProperLetter(many!.blocks, letter('Le rogamos acepte, Señora Presidenta, el testimonio de nuestra más alta consideración.'));
  });

  it('French, as imported ("Nous vous écrivons…"): "notre très haute considération", with one signer', async () => {
    requireTools('python-docx');
    const { signers } = await setUp(1, 0);
    const fr = await recipient('FR', 'Première ministre', 'Claire Exemple', 'female', 'fr');
    const { template } = await importLetter('own-letter-fr.txt', fs.readFileSync('tests/fixtures/templates/own-letter-fr.txt'));
    expect(template.voice).toBe('plural');
    const [letter] = await exportLetters(template.id, [fr], signers, []);
    expectProperLetter(letter!.blocks, {
      address: ['Son Excellence Madame Claire Exemple', 'Première ministre de la République française', '1 Government Square', 'France'],
      salutation: 'Madame la Première ministre,',
      opening: 'Nous vous écrivons en tant qu',
      close: "Nous vous prions d'agréer, Madame la Première ministre, l'expression de notre très haute considération.",
      signer: 'Signer 1',
    });
  });

  it('with the proposals turned off, the letter keeps its own lines and the export adds its address block above them', async () => {
    requireTools('python-docx');
    const { signers } = await setUp(1, 0);
    const ie = await recipient('IE', 'Taoiseach', 'Siobhán Sampla', 'female', 'en');
    const { template } = await ok<{ template: TemplateSummary }>('templates.import', {
      fileName: 'own-letter-en.txt',
      contentBase64: fs.readFileSync('tests/fixtures/templates/own-letter-en.txt').toString('base64'),
      proposals: { addressBlock: false, salutation: false, close: false },
      commit: true,
    });
    const [letter] = await exportLetters(template.id, [ie], signers, []);
    const text = letter!.blocks.map(textOf).join('\n');
    // What the issue saw before: the address twice, and neither a salutation nor a close.
    expect(count(letter!.blocks, 'Siobhán Sampla')).toBe(2);
    expect(text).not.toContain('Dear Taoiseach,');
    expect(text).not.toContain('Yours sincerely,');
  });
});

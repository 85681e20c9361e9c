import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readWithPythonDocx, requireTools } from '../unit/exports/docx/helpers';
import { printToPdf } from '../helpers/render-pages';
import { tempDirsRemovedAfterEach } from '../helpers/workspace-per-test';

/*
 * "Done when", through the command line as a campaign officer would: her own
 * letter (address lines at the top, no salutation, no close, "We are
 * writing…") imported with `templates import`, a partner's CSV of EU heads
 * of government with `recipients import`, one signer and one endorsing
 * organisation, and the export. Every letter, read back by python-docx and
 * printed by LibreOffice, has one address block, its salutation and the
 * close in the plural.
 */

const root = path.join(__dirname, '..', '..');
const bin = path.join(root, 'electron', 'bin', 'letterdesk.cjs');
const tempDir = tempDirsRemovedAfterEach(afterEach);

beforeAll(() => {
  if (!fs.existsSync(path.join(root, 'out', 'node', 'cli.cjs'))) throw new Error('out/node/cli.cjs is missing: run "npm run build" before the CLI tests.');
});

function cli(data: string, ...args: string[]): string {
  const res = spawnSync(process.execPath, [bin, '--data', data, ...args], { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`letterdesk ${args.join(' ')} failed: ${res.stderr}`);
  return res.stdout;
}

const CSV = [
  'Country;Name;Office;Gender;Language',
  'Ireland;Siobhán Sampla;Taoiseach;female;en',
  'España;Lucía Ejemplo;Presidenta del Gobierno;female;es',
  'France;Claire Exemple;Première ministre;female;fr',
  'Belgium;Luc Exemple;Premier ministre;male;fr',
  'Netherlands;Pieter Voorbeeld;Prime Minister;male;en',
].join('\n');

// [country, address lines, salutation, close]: English closes "Yours sincerely," after "Dear …", whatever the voice.
const EXPECTED: [string, string[], string, string][] = [
  ['Ireland', ['Her Excellency Siobhán Sampla', 'Taoiseach', 'Ireland'], 'Dear Taoiseach,', 'Yours sincerely,'],
  [
    'España',
    ['Excelentísima Señora Lucía Ejemplo', 'Presidenta del Gobierno del Reino de España', 'España'],
    'Señora Presidenta:',
    'Le rogamos acepte, Señora Presidenta, el testimonio de nuestra más alta consideración.',
  ],
  [
    'France',
    ['Son Excellence Madame Claire Exemple', 'Première ministre de la République française', 'France'],
    'Madame la Première ministre,',
    "Nous vous prions d'agréer, Madame la Première ministre, l'expression de notre très haute considération.",
  ],
  [
    'Belgique',
    ['Son Excellence Monsieur Luc Exemple', 'Premier ministre du Royaume de Belgique', 'Belgique'],
    'Monsieur le Premier ministre,',
    "Nous vous prions d'agréer, Monsieur le Premier ministre, l'expression de notre très haute considération.",
  ],
  [
    'Netherlands',
    ['His Excellency Pieter Voorbeeld', 'Prime Minister of the Kingdom of the Netherlands', 'Netherlands'],
    'Dear Prime Minister,',
    'Yours sincerely,',
  ],
];

describe('the own letter, imported and exported through the CLI to a partner list of EU heads of government', () => {
  it('prints one address block, the salutation and the close in the plural, in en, es and fr', () => {
    requireTools('python-docx', 'soffice', 'pdftotext');
    const data = tempDir();
    const work = tempDir();
    const csv = path.join(work, 'eu-heads.csv');
    fs.writeFileSync(csv, CSV);
    cli(data, 'org', 'set', '--name', 'Riverside Rights Coalition', '--address', '2 Quay Street\\nGeneva', '--place', 'Geneva');
    cli(data, 'signers', 'add', '--name', 'Dana Director', '--title', 'Executive Director');
    cli(data, 'endorsers', 'add', '--name', 'Partner Association', '--country', 'FR', '--status', 'agreed');
    expect(cli(data, 'recipients', 'import', csv)).toMatch(/created 5/);
    // The letter in each language: each file imports as its own template.
    for (const language of ['en', 'es', 'fr']) {
      const out = cli(
        data,
        'templates',
        'import',
        path.join(root, 'tests', 'fixtures', 'templates', `own-letter-${language}.txt`),
        '--name',
        `Own ${language}`,
      );
      expect(out).toContain('{recipient.addressBlock}');
      expect(out).toContain('voice of the close: plural');
    }
    const files: { name: string; bytes: Uint8Array }[] = [];
    for (const [language, countries] of [
      ['en', 'IE,NL'],
      ['es', 'ES'],
      ['fr', 'FR,BE'],
    ] as const) {
      const name = `Campaign ${language}`;
      cli(
        data,
        'campaigns',
        'create',
        '--name',
        name,
        '--template',
        `Own ${language}`,
        '--recipients',
        `country:${countries}`,
        '--signer',
        'Dana Director',
        '--endorser',
        'Partner Association',
        '--prefix',
        language.toUpperCase(),
      );
      const out = path.join(work, language);
      cli(data, 'export', '--campaign', name, '--out', out, '--include-attention');
      for (const file of fs.readdirSync(out)) files.push({ name: file, bytes: fs.readFileSync(path.join(out, file)) });
    }
    expect(files).toHaveLength(5);

    const pdfs = printToPdf(files, work);
    for (const [country, address, salutation, close] of EXPECTED) {
      const i = files.findIndex((f) => f.name.includes(` - ${country} - `));
      expect(i, country).toBeGreaterThanOrEqual(0);
      const texts = readWithPythonDocx(files[i]!.bytes).blocks.map((b) => (b.kind === 'p' ? (b.text ?? '') : (b.rows ?? []).flat().join('\n')));
      const lines = texts.flatMap((t) => t.split('\n')).map((l) => l.trim());
      for (const line of address)
        expect(
          lines.filter((l) => l === line),
          `${country}: ${line}`,
        ).toHaveLength(1);
      expect(lines.indexOf(address[0]!)).toBeLessThan(lines.indexOf(salutation));
      expect(lines.indexOf(salutation)).toBeLessThan(lines.indexOf(close));
      expect(lines.indexOf(close)).toBeLessThan(lines.indexOf('Dana Director'));
      for (const leftover of ['**', '[[', '/Her', '/Madame', 'Señor/a', '/Prim', '/Prem'])
        expect(texts.join('\n'), `${country}: ${leftover}`).not.toContain(leftover);

      // As LibreOffice prints it: the name once on the first page, the salutation, and the close.
      const printed = execFileSync('pdftotext', ['-layout', pdfs[i]!, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(printed.split(address[0]!).length - 1, `${country} printed`).toBe(1);
      expect(printed).toContain(salutation);
      expect(printed).toContain(close);
    }
  }, 240_000);
});

import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftRow } from '../../shared/campaigns/schemas';
import type { Image } from '../../shared/senders/schemas';
import { dispatch } from '../../electron/core/api/dispatch';
import { pythonWithDocx, requireTools, type ReadDocx } from '../unit/exports/docx/helpers';
import {
  ENDORSERS,
  EU_HEADS,
  ORGANISATION,
  SIGNERS,
  buildEuCampaign,
  exportThroughApi,
  type EuCampaign,
  type ExportedFiles,
} from '../helpers/eu-letter-campaign';
import { requireLetterFonts } from '../helpers/letter-fonts';
import { printToPdf } from '../helpers/render-pages';
import { makeTempDir, openTempWorkspace, type TempWorkspace } from '../helpers/temp-workspace';

/*
 * "Done when" for campaigns and signed DOCX export: a new user sets up her
 * organisation (with its logo), two signers (with scanned signatures), four
 * endorsers (one declined), writes a joint letter to the EU heads of
 * government in three languages, adds the 27 offices, fills in who holds
 * them, creates the campaign and exports it as files, as a ZIP and as one
 * combined print file, all through the API operations the UI calls, on a
 * real SQLite workspace. Every letter is then opened by python-docx and
 * printed by LibreOffice, and checked against what protocol requires,
 * written out below by hand for each state.
 */

type Expected = {
  /** Honorific and name, the office with the state's formal name, the country line. */
  address: [string, string, string];
  salutation: string;
  close: string;
  /** The state's formal name with its article, as the body's first paragraph uses it. */
  state: string;
  /** English letters only: the country's name after "in", with its article where English needs one. */
  inCountry?: string;
};

const EN_CLOSE = 'Yours sincerely,';
const en = (first: string, title: string, country: string, salutation: string, state: string, inCountry = country): Expected => ({
  address: [first, title, country],
  salutation,
  close: EN_CLOSE,
  state,
  inCountry,
});
const pm = (honorific: 'His' | 'Her', code: string, state: string, country: string, inCountry = country) =>
  en(`${honorific} Excellency ${EU_HEADS[code].name}`, `Prime Minister of ${state}`, country, 'Dear Prime Minister,', state, inCountry);

// Two signers and three endorsing organisations: the template's "automatic" voice closes in the plural ("our", "nuestra", "notre").
const EXPECTED: Record<string, Expected> = {
  AT: en('Her Excellency Johanna Beispiel', 'Federal Chancellor of the Republic of Austria', 'Austria', 'Dear Chancellor,', 'the Republic of Austria'),
  BE: {
    address: ['Son Excellence Monsieur Luc Exemple', 'Premier ministre du Royaume de Belgique', 'Belgique'],
    salutation: 'Monsieur le Premier ministre,',
    close: "Nous vous prions d'agréer, Monsieur le Premier ministre, l'expression de notre très haute considération.",
    state: 'le Royaume de Belgique',
  },
  BG: pm('His', 'BG', 'the Republic of Bulgaria', 'Bulgaria'),
  // In Cyprus the President heads the government.
  CY: en('Her Excellency Eleni Paradeigma', 'President of the Republic of Cyprus', 'Cyprus', 'Dear Madam President,', 'the Republic of Cyprus'),
  CZ: pm('His', 'CZ', 'the Czech Republic', 'Czechia'),
  DE: en(
    'Her Excellency Greta Musterfrau',
    'Federal Chancellor of the Federal Republic of Germany',
    'Germany',
    'Dear Chancellor,',
    'the Federal Republic of Germany',
  ),
  DK: pm('Her', 'DK', 'the Kingdom of Denmark', 'Denmark'),
  EE: pm('Her', 'EE', 'the Republic of Estonia', 'Estonia'),
  ES: {
    address: ['Excelentísima Señora Lucía Ejemplo Ficticia', 'Presidenta del Gobierno del Reino de España', 'España'],
    salutation: 'Señora Presidenta:',
    close: 'Le rogamos acepte, Señora Presidenta, el testimonio de nuestra más alta consideración.',
    state: 'el Reino de España',
  },
  FI: pm('Her', 'FI', 'the Republic of Finland', 'Finland'),
  FR: {
    address: ['Son Excellence Madame Claire Exemple', 'Première ministre de la République française', 'France'],
    salutation: 'Madame la Première ministre,',
    close: "Nous vous prions d'agréer, Madame la Première ministre, l'expression de notre très haute considération.",
    state: 'la République française',
  },
  GR: pm('His', 'GR', 'the Hellenic Republic', 'Greece'),
  HR: pm('His', 'HR', 'the Republic of Croatia', 'Croatia'),
  HU: pm('His', 'HU', 'Hungary', 'Hungary'),
  IE: en('Her Excellency Siobhán Sampla', 'Taoiseach', 'Ireland', 'Dear Taoiseach,', 'Ireland'),
  IT: pm('His', 'IT', 'the Italian Republic', 'Italy'),
  LT: pm('Her', 'LT', 'the Republic of Lithuania', 'Lithuania'),
  LU: {
    address: ['Son Excellence Monsieur Paul Beispill', 'Premier ministre du Grand-Duché de Luxembourg', 'Luxembourg'],
    salutation: 'Monsieur le Premier ministre,',
    close: "Nous vous prions d'agréer, Monsieur le Premier ministre, l'expression de notre très haute considération.",
    state: 'le Grand-Duché de Luxembourg',
  },
  LV: pm('His', 'LV', 'the Republic of Latvia', 'Latvia'),
  MT: pm('His', 'MT', 'the Republic of Malta', 'Malta'),
  // "Our partners in the Netherlands", never "in Netherlands".
  NL: pm('His', 'NL', 'the Kingdom of the Netherlands', 'Netherlands', 'the Netherlands'),
  PL: pm('Her', 'PL', 'the Republic of Poland', 'Poland'),
  PT: pm('His', 'PT', 'the Portuguese Republic', 'Portugal'),
  RO: pm('Her', 'RO', 'Romania', 'Romania'),
  SE: pm('His', 'SE', 'the Kingdom of Sweden', 'Sweden'),
  SI: pm('Her', 'SI', 'the Republic of Slovenia', 'Slovenia'),
  SK: pm('His', 'SK', 'the Slovak Republic', 'Slovakia'),
};

const BY_LANGUAGE = {
  en: {
    asksThat: (state: string) => `to ask that ${state} speak up`,
    date: 'Brussels, 9 March 2026',
    reference: 'Ref.: ',
    endorsedBy: 'Endorsed by',
    sweden: 'Sweden',
    page: (n: number, of: number) => `Page ${n} of ${of}`,
  },
  es: {
    asksThat: (state: string) => `para pedir que ${state} alce la voz`,
    date: 'Brussels, 9 de marzo de 2026',
    reference: 'Ref.: ',
    endorsedBy: 'Con el respaldo de',
    sweden: 'Suecia',
    page: (n: number, of: number) => `Página ${n} de ${of}`,
  },
  fr: {
    asksThat: (state: string) => `pour demander que ${state} prenne la parole`,
    date: 'Brussels, 9 mars 2026',
    reference: 'Réf.\u00a0: ',
    endorsedBy: 'Avec le soutien de',
    sweden: 'Suède',
    page: (n: number, of: number) => `Page ${n} sur ${of}`,
  },
};

const AGREED = ENDORSERS.filter((e) => e.status === 'agreed').map((e) => e.name);
const DECLINED = ENDORSERS.filter((e) => e.status === 'declined').map((e) => e.name);

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

interface Letter {
  code: string;
  name: string;
  bytes: Uint8Array;
  docx: ReadDocx;
  /** Each printed page's text, as LibreOffice printed it and pdftotext read it back. */
  pages: string[];
}

function readAllWithPythonDocx(files: string[]): ReadDocx[] {
  const script = path.join(import.meta.dirname, '../helpers/read-docx-batch.py');
  return JSON.parse(execFileSync(pythonWithDocx(), [script, ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as ReadDocx[];
}

function pdfPages(pdf: string): string[] {
  // pdftotext ends each page with a form feed.
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

/** Which country a letter is for, from its file name ("ODRN-2026-0020 - Netherlands - Pieter Voorbeeld.docx"). */
function countryOf(fileName: string): string {
  const found = Object.entries(EU_HEADS).filter(([, holder]) => fileName.normalize('NFC').includes(holder.name.normalize('NFC')));
  if (found.length !== 1) throw new Error(`cannot tell whose letter ${fileName} is`);
  return found[0][0];
}

/** Paragraph text, one entry per line (the address block's lines may share a paragraph). */
const lines = (docx: ReadDocx) => docx.blocks.filter((b) => b.kind === 'p').flatMap((b) => (b.text ?? '').split('\n'));

let t: TempWorkspace;
let dir: string;
let built: EuCampaign;
let exported: Record<'files' | 'zip' | 'combined', ExportedFiles>;
let files: Letter[];
let zipped: Letter[];
let combined: { docx: ReadDocx; pages: string[] };
let storedImages: { logo: string; signatures: string[] };

beforeAll(async () => {
  requireTools('soffice', 'pdftotext', 'python-docx');
  requireLetterFonts();
  t = await openTempWorkspace();
  dir = makeTempDir('letterdesk-eu-campaign-');
  built = await buildEuCampaign(t.handlers);
  exported = {
    files: await exportThroughApi(t.handlers, built.campaign.id, 'files'),
    zip: await exportThroughApi(t.handlers, built.campaign.id, 'zip'),
    combined: await exportThroughApi(t.handlers, built.campaign.id, 'combined'),
  };
  const zipEntries = Object.entries(unzipSync(exported.zip.files[0].bytes)).map(([name, bytes]) => ({ name, bytes }));
  const all = [...exported.files.files, ...zipEntries, exported.combined.files[0]];

  // One LibreOffice run and one Python run for all 55 documents.
  const pdfs = printToPdf(all, dir);
  const docxPaths = all.map((file, i) => {
    const written = path.join(dir, 'docx', `${String(i).padStart(3, '0')}.docx`);
    expect(fs.readFileSync(written).equals(Buffer.from(file.bytes))).toBe(true);
    return written;
  });
  const read = readAllWithPythonDocx(docxPaths);
  const letter = (i: number): Letter => ({ code: countryOf(all[i].name), name: all[i].name, bytes: all[i].bytes, docx: read[i], pages: pdfPages(pdfs[i]) });
  const n = exported.files.files.length;
  files = exported.files.files.map((_, i) => letter(i));
  zipped = zipEntries.map((_, i) => letter(n + i));
  combined = { docx: read[all.length - 1], pages: pdfPages(pdfs[all.length - 1]) };

  const image = async (id: string) => {
    const result = await dispatch(t.handlers, 'images.get', { id });
    if (!result.ok) throw new Error(result.error.message);
    return sha256(Buffer.from((result.data as Image).contentBase64, 'base64'));
  };
  storedImages = {
    logo: await image(built.organisation.logo!.imageId),
    signatures: [await image(built.signers[0].signature!.imageId), await image(built.signers[1].signature!.imageId)],
  };
}, 240_000);

afterAll(() => {
  t?.cleanup();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function checkWithPythonDocx(letter: Letter): void {
  const { code, docx } = letter;
  const expected = EXPECTED[code];
  const language = EU_HEADS[code].language;
  const words = BY_LANGUAGE[language];
  const text = lines(docx);
  const where = `${letter.name} (python-docx)`;

  // Letterhead on the first page with the logo; the reference in the header of the following pages.
  expect(docx.sections, where).toHaveLength(1);
  const [section] = docx.sections;
  expect(section.firstHeader.text.flatMap((l) => l.split('\n')).filter(Boolean), where).toEqual([
    ORGANISATION.name,
    ...ORGANISATION.address.split('\n'),
    ORGANISATION.contacts,
  ]);
  expect(section.firstHeader.images, where).toBe(1);
  const reference = /^ODRN-2026-\d{4}/.exec(letter.name)![0];
  expect(section.header.text.join(' '), where).toContain(`${words.reference}${reference}`);
  expect(text, where).toContain(words.date);

  // The address block, in order, then the salutation and the close in the letter's language.
  const first = text.indexOf(expected.address[0]);
  expect(first, `${where}: ${JSON.stringify(text.slice(0, 12))}`).toBeGreaterThanOrEqual(0);
  expect(text.slice(first, first + 3), where).toEqual(expected.address);
  expect(text, where).toContain(expected.salutation);
  expect(text, where).toContain(expected.close);
  expect(text.indexOf(expected.salutation), where).toBeLessThan(text.indexOf(expected.close));

  // The formal name of the state in the body, and the country after "in" in English.
  const body = squash(text.join(' '));
  expect(body, where).toContain(words.asksThat(expected.state));
  if (expected.inCountry) expect(body, where).toContain(`Our partners in ${expected.inCountry} and across the Union`);

  // Both signers side by side, each with a signature image, name and title.
  const tables = docx.blocks.filter((b) => b.kind === 'table');
  expect(tables, where).toHaveLength(1);
  expect(tables[0].rows, where).toEqual([SIGNERS.map((s) => `${s.name}\n${s.title}`)]);
  expect(tables[0].images, where).toBe(2);

  // Then the three endorsers that agreed, with their country in the letter's language; never the one that declined.
  const after = docx.blocks.slice(docx.blocks.indexOf(tables[0]) + 1).map((b) => b.text);
  expect(after, where).toEqual([words.endorsedBy, `${AGREED[0]} (${words.sweden})`, `${AGREED[1]} (Portugal)`, AGREED[2]]);
  const everything = JSON.stringify(docx);
  for (const name of DECLINED) expect(everything, where).not.toContain(name);
}

function checkPrinted(letter: Letter): void {
  const { code, pages } = letter;
  const expected = EXPECTED[code];
  const words = BY_LANGUAGE[EU_HEADS[code].language];
  const where = `${letter.name} (LibreOffice)`;
  const all = squash(pages.join(' '));

  // One or two pages, each numbered "Page n of N" in the letter's language, the letterhead on page 1 only.
  expect(pages.length, where).toBeGreaterThanOrEqual(1);
  expect(pages.length, where).toBeLessThanOrEqual(2);
  pages.forEach((page, i) => expect(squash(page), where).toContain(words.page(i + 1, pages.length)));
  expect(squash(pages[0]).startsWith(ORGANISATION.name), where).toBe(true);
  if (pages[1]) expect(pages[1], where).not.toContain(ORGANISATION.contacts);

  for (const line of [...expected.address, expected.salutation, expected.close, words.asksThat(expected.state), words.date]) expect(all, where).toContain(line);
  if (expected.inCountry) expect(all, where).toContain(`Our partners in ${expected.inCountry} and across the Union`);
  for (const signer of SIGNERS) {
    expect(all, where).toContain(signer.name);
    expect(all, where).toContain(signer.title);
  }
  for (const name of AGREED) expect(all, where).toContain(name);
  for (const name of DECLINED) expect(all, where).not.toContain(name);
}

function mediaHashes(docx: Uint8Array): string[] {
  return Object.entries(unzipSync(docx, { filter: (f) => f.name.startsWith('word/media/') }))
    .map(([, bytes]) => sha256(bytes))
    .sort();
}

describe('a new user writes to the EU heads of government and exports the letters three ways', () => {
  it('makes one draft per member state, each ready, and exports every one under its own reference', async () => {
    const result = await dispatch(t.handlers, 'campaigns.drafts', { id: built.campaign.id });
    if (!result.ok) throw new Error(result.error.message);
    const drafts = result.data as DraftRow[];
    expect(drafts).toHaveLength(27);
    expect(new Set(drafts.map((d) => d.countryCode))).toEqual(new Set(Object.keys(EU_HEADS)));
    // Exported three times by now; none was left out for needing attention.
    expect(drafts.filter((d) => d.state !== 'exported').map((d) => [d.countryCode, d.reasons])).toEqual([]);
    for (const form of ['files', 'zip', 'combined'] as const) expect([exported[form].status.total, exported[form].status.skipped], form).toEqual([27, 0]);

    expect(files.map((f) => f.code).sort()).toEqual(Object.keys(EU_HEADS).sort());
    expect(new Set(files.map((f) => /^ODRN-2026-\d{4}/.exec(f.name)?.[0])).size).toBe(27);
    for (const f of files) expect(f.name).toMatch(/^ODRN-2026-\d{4} - [^/\\:*?"<>|]+ - [^/\\:*?"<>|]+\.docx$/);
    expect(exported.zip.files.map((f) => f.name)).toEqual(['ODRN - Defenders in detention - EU heads of government - 27 letters.zip']);
    expect(exported.combined.files.map((f) => f.name)).toEqual(['ODRN - Defenders in detention - EU heads of government - 27 letters.docx']);
  });

  it('addresses each head of government by name, office, formal state name and salutation, signed and endorsed (python-docx)', () => {
    for (const letter of files) checkWithPythonDocx(letter);
  });

  it('prints each letter the same way in LibreOffice, on one or two numbered pages', () => {
    for (const letter of files) checkPrinted(letter);
  });

  it('embeds exactly the stored logo and both stored signatures in every letter', () => {
    const expected = [storedImages.logo, ...storedImages.signatures].sort();
    expect(new Set(expected).size).toBe(3);
    for (const letter of [...files, ...zipped]) expect(mediaHashes(letter.bytes), letter.name).toEqual(expected);
  });

  it('puts the same 27 letters in the ZIP, which read and print the same', () => {
    expect(zipped.map((z) => z.name).sort()).toEqual(files.map((f) => f.name).sort());
    for (const letter of zipped) {
      checkWithPythonDocx(letter);
      checkPrinted(letter);
    }
  });

  it('prints the combined file as one section per letter, each starting its own page with its own page count', () => {
    const { docx, pages } = combined;
    expect(docx.sections).toHaveLength(27);
    for (const section of docx.sections) {
      expect(section.firstHeader.text).toContain(ORGANISATION.name);
      expect(section.firstHeader.images).toBe(1);
    }
    const text = lines(docx);
    for (const code of Object.keys(EU_HEADS))
      expect(
        text.filter((l) => l === EXPECTED[code].address[0]),
        code,
      ).toHaveLength(1);
    expect(docx.blocks.filter((b) => b.kind === 'table').map((b) => b.images)).toEqual(Array(27).fill(2));
    expect(JSON.stringify(docx)).not.toContain(DECLINED[0]);

    // In the file order (by reference), each letter starts where the one before ended, and runs as long as printed alone.
    const ordered = [...files].sort((a, b) => a.name.localeCompare(b.name));
    expect(pages.length).toBe(ordered.reduce((sum, f) => sum + f.pages.length, 0));
    let start = 0;
    for (const letter of ordered) {
      const words = BY_LANGUAGE[EU_HEADS[letter.code].language];
      const mine = pages.slice(start, start + letter.pages.length).map(squash);
      expect(mine[0].startsWith(ORGANISATION.name), letter.name).toBe(true);
      expect(mine[0], letter.name).toContain(EXPECTED[letter.code].address[0]);
      mine.forEach((page, i) => expect(page, letter.name).toContain(words.page(i + 1, letter.pages.length)));
      expect(mine.join(' '), letter.name).toContain(EXPECTED[letter.code].close);
      start += letter.pages.length;
    }
  });
});

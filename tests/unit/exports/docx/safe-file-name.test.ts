import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH, safeFileName } from '../../../../electron/core/exports/docx';

const name = (recipient: string, country = 'Spain', reference?: string) => safeFileName({ reference, country, recipient }, new Set());
const graphemes = (s: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)].map((g) => g.segment);
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** What every name must be, on Windows, macOS and Linux. */
function expectSafe(file: string): void {
  expect(file).toMatch(/\.docx$/);
  expect(file.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
  expect(new TextEncoder().encode(file).length).toBeLessThanOrEqual(255);
  // eslint-disable-next-line no-control-regex
  expect(file).not.toMatch(/[/\\:*?"<>|\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  expect(file).not.toMatch(LONE_SURROGATE);
  expect(file).toBe(file.normalize('NFC'));
  const stem = file.slice(0, -'.docx'.length);
  expect(stem).not.toMatch(/^[\s.]|[\s.]$/);
  expect(stem.split('.')[0].trim()).not.toMatch(/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i);
}

describe('safeFileName', () => {
  it.each([
    [{ reference: 'HRL-2026-0042', country: 'Spain', recipient: 'Pedro Sánchez' }, 'HRL-2026-0042 - Spain - Pedro Sánchez.docx'],
    [{ country: 'Spain', recipient: 'Pedro Sánchez' }, 'Spain - Pedro Sánchez.docx'],
    [{ reference: '  ', country: 'France', recipient: 'Ministre' }, 'France - Ministre.docx'],
    [{ country: 'Chile', recipient: 'Ministry of Foreign Affairs / Cancillería' }, 'Chile - Ministry of Foreign Affairs - Cancillería.docx'],
    [{ country: 'X', recipient: 'a\\b|c:d' }, 'X - a-b-c-d.docx'],
    [{ country: 'Campaign: EU', recipient: 'Note : brief' }, 'Campaign - EU - Note - brief.docx'],
    [{ country: 'X', recipient: 'Who? *Really* "him" <there>' }, "X - Who Really 'him' (there).docx"],
    [{ country: 'X', recipient: 'Line\nbreak\ttab\u0000nul' }, 'X - Line break tab nul.docx'],
    [{ country: 'X', recipient: 'evil\u202excod.exe' }, 'X - evil xcod.exe.docx'],
    [{ country: 'X', recipient: 'Mr. Smith...  ' }, 'X - Mr. Smith.docx'],
    [{ country: '..', recipient: '.hidden' }, 'hidden.docx'],
    [{ country: 'Spain', recipient: 'Pe\u0301rez' }, 'Spain - P\u00e9rez.docx'],
    [{ country: '', recipient: '' }, 'letter.docx'],
  ])('%j → %s', (parts, expected) => {
    const file = safeFileName(parts, new Set());
    expect(file).toBe(expected);
    expectSafe(file);
  });

  it.each(['CON', 'con', 'PRN', 'AUX', 'NUL', 'nul.txt', 'COM1', 'com9', 'LPT1', 'lpt9.tar.gz', 'COM¹'])('avoids the Windows device name %s', (device) => {
    const file = safeFileName({ country: '', recipient: device }, new Set());
    expect(file).toBe(`_${device}.docx`);
    expectSafe(file);
  });

  it.each(['CONSOLE', 'COM10', 'nullify', 'Spain - CON'])('keeps %s, which is no device name', (recipient) => {
    expect(safeFileName({ country: '', recipient }, new Set())).toBe(`${recipient}.docx`);
  });

  it('caps long names on a character boundary, accents and emoji intact', () => {
    const accents = name('Ministère des Affaires étrangères et du Développement international de la République française, Cabinet du Ministre');
    expect(accents.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(accents).toMatch(/^Spain - Ministère des Affaires étrangères .*\S\.docx$/);
    expectSafe(accents);

    const emoji = '👩🏽‍⚖️🇪🇸'; // a ZWJ sequence with a skin tone, and a flag: 9 UTF-16 units, 2 characters
    const file = name(emoji.repeat(30));
    expectSafe(file);
    const stem = file.slice(0, -'.docx'.length);
    expect(graphemes(stem.slice('Spain - '.length)).every((g) => emoji.includes(g))).toBe(true);

    for (let n = 100; n < 130; n++) expectSafe(name(`${'é'.repeat(n)}😀`)); // a surrogate pair at every cut point
    expectSafe(name('国'.repeat(200))); // 3 bytes each in UTF-8
  });

  it('makes names unique in `taken`, ignoring case as Windows and macOS do, and records them', () => {
    const taken = new Set<string>(['spain - pedro sánchez.docx']);
    const parts = { country: 'Spain', recipient: 'Pedro Sánchez' };
    expect(safeFileName(parts, taken)).toBe('Spain - Pedro Sánchez (2).docx');
    expect(safeFileName(parts, taken)).toBe('Spain - Pedro Sánchez (3).docx');
    expect(taken).toEqual(new Set(['spain - pedro sánchez.docx', 'Spain - Pedro Sánchez (2).docx', 'Spain - Pedro Sánchez (3).docx']));

    // A long name keeps its suffix within the cap.
    const long = { country: 'France', recipient: 'Très long destinataire '.repeat(10) };
    const names = Array.from({ length: 12 }, () => safeFileName(long, taken));
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(12);
    expect(names[11]).toMatch(/ \(12\)\.docx$/);
    names.forEach(expectSafe);
  });

  it('sees names the caller adds to or removes from `taken` between calls', () => {
    const taken = new Set<string>();
    const parts = { country: 'Chile', recipient: 'Ana' };
    expect(safeFileName(parts, taken)).toBe('Chile - Ana.docx');
    taken.add('CHILE - ANA (2).docx');
    expect(safeFileName(parts, taken)).toBe('Chile - Ana (3).docx');
    taken.clear();
    expect(safeFileName(parts, taken)).toBe('Chile - Ana.docx');
  });

  it('returns a safe, unique name for any input', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.option(fc.string({ unit: 'binary', maxLength: 80 })),
            fc.string({ unit: 'binary', maxLength: 80 }),
            fc.string({ unit: 'binary', maxLength: 200 }),
          ),
          { maxLength: 8 },
        ),
        (rows) => {
          const taken = new Set<string>();
          for (const [reference, country, recipient] of rows) expectSafe(safeFileName({ reference: reference ?? undefined, country, recipient }, taken));
          expect(taken.size).toBe(rows.length);
          expect(new Set([...taken].map((t) => t.toLowerCase())).size).toBe(rows.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

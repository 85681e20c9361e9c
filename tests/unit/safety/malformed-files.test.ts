import fs from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api/dispatch';
import type { ApiResult } from '../../../shared/api/errors';
import { openTempWorkspace, type TempWorkspace } from '../../helpers/temp-workspace';
import { PNG, p, rawDocx } from '../templates/import/helpers';

/*
 * Malformed and hostile files through the three readers the user feeds
 * files to: the CSV import, the .docx template import and the logo upload.
 * Each is sent with commit where the operation has it, so a reader that let
 * one through would write: every refusal must be clear and write nothing.
 */
let t: TempWorkspace;
let tried = 0;
beforeAll(async () => {
  t = await openTempWorkspace();
});
afterAll(() => {
  console.log(`tried ${tried} malformed files`);
  t.cleanup();
});

const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

/** Rows per table plus the files in the data folder (backups too): a refused file must change neither. */
function snapshot(): string {
  const db = t.workspace.db();
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  const rows = tables.map((name) => `${name}=${db.prepare(`SELECT count(*) FROM "${name}"`).pluck().get() as number}`);
  const inside = (fs.readdirSync(t.dir, { recursive: true }) as string[]).filter((f) => !/letterdesk\.db(-wal|-shm)?$/.test(f)).sort();
  return JSON.stringify({ rows, inside });
}

async function refused(name: string, input: Record<string, unknown>): Promise<Extract<ApiResult<unknown>, { ok: false }>['error']> {
  tried++;
  const before = snapshot();
  const result = await dispatch(t.handlers, name, input);
  expect(snapshot(), `${name} ${String(input.fileName)} wrote something`).toBe(before);
  if (result.ok) throw new Error(`${name} accepted ${String(input.fileName)}: ${JSON.stringify(result.data).slice(0, 300)}`);
  expect(result.error.code).not.toBe('internal');
  expect(result.error.message.length).toBeGreaterThan(20);
  return result.error;
}

// --- the hostile files -------------------------------------------------------

const goodDocx = rawDocx(p('Dear {name},') + p('We write about human rights.'));
const truncatedZip = goodDocx.subarray(0, Math.floor(goodDocx.length / 2));

/** 250 MB of zeros in word/document.xml: a few hundred KB packed, far over 100:1 and 200 MB. */
let zipBomb: Uint8Array;
beforeAll(() => {
  zipBomb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': new Uint8Array(250 * 1024 * 1024) }, { level: 9 });
});

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const laughs =
  '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
  Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('') +
  `]><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`;
const billionLaughsDocx = zipSync({ ...unzipParts(goodDocx), 'word/document.xml': strToU8(laughs) });

const invalidUtf8Xml = Buffer.concat([
  Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>Caf`),
  Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x80]),
  Buffer.from('</w:t></w:r></w:p></w:body></w:document>'),
]);
const invalidUtf8Docx = zipSync({ ...unzipParts(goodDocx), 'word/document.xml': new Uint8Array(invalidUtf8Xml) });
const traversalDocx = zipSync({ ...unzipParts(goodDocx), '../../evil.xml': strToU8('<evil/>'), '/etc/evil.xml': strToU8('<evil/>') });

function unzipParts(zip: Uint8Array): Record<string, Uint8Array> {
  // The good docx's parts, so each hostile variant differs by one part only.
  return unzipSync(zip);
}

/** A PNG whose header claims 100,000 × 100,000 pixels (a decompression bomb), with valid CRCs. */
function hugePng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(100_000, 0);
  ihdr.writeUInt32BE(100_000, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  // A little zlib data of zeros: the first rows inflate, the rest is missing.
  const idat = deflateSync(Buffer.alloc(1_000_000));
  return Buffer.concat([PNG.subarray(0, 8), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

const svgLaughs = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">]><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&a;</text></svg>`;

// --- the readers --------------------------------------------------------------

describe('CSV import refuses hostile files and writes nothing', () => {
  const csv = (fileName: string, content: Uint8Array | string) => refused('recipients.importCsv', { fileName, contentBase64: b64(content), commit: true });

  it.each([
    ['a truncated zip', () => truncatedZip],
    ['a zip bomb', () => zipBomb],
    ['a zip with traversal entries', () => traversalDocx],
    ['billion laughs XML', () => strToU8(laughs)],
    ['a PNG', () => PNG],
    ['NUL bytes', () => new Uint8Array(4096)],
  ])('%s', async (_label, bytes) => {
    const error = await csv('people.csv', bytes());
    expect(error.code).toBe('invalid_input');
  });

  it('a traversal file name with bad content', async () => {
    const error = await csv('../../etc/passwd.csv', truncatedZip);
    expect(error.code).toBe('invalid_input');
  });

  it('invalid UTF-8 is read as Windows-1252 with a warning (previewed, nothing written)', async () => {
    tried++;
    const before = snapshot();
    const bytes = Buffer.concat([Buffer.from('Country,Office,Name\nFR,Minist'), Buffer.from([0xe8, 0xff, 0x81]), Buffer.from('re,Jean Test\n')]);
    const result = await dispatch(t.handlers, 'recipients.importCsv', { fileName: 'latin.csv', contentBase64: b64(bytes) });
    expect(snapshot()).toBe(before);
    if (result.ok) {
      const data = result.data as { encoding: string; warnings: { code: string; message: string }[] };
      expect(data.encoding.toLowerCase()).toMatch(/1252|latin/);
      expect(data.warnings.length).toBeGreaterThan(0);
    } else {
      expect(result.error.code).toBe('invalid_input');
    }
  });

  it('a traversal file name on a valid CSV writes nothing outside the workspace', async () => {
    // The name is only a label (the content came from the user's own pick):
    // importing is fine, but nothing may be created at the path it names.
    tried++;
    const name = '../../../letterdesk-traversal-probe.csv';
    const result = await dispatch(t.handlers, 'recipients.importCsv', {
      fileName: name,
      contentBase64: b64('Country,Office,Name\nFR,Président,Probe Person\n'),
      commit: true,
    });
    expect(result.ok || result.error.code === 'invalid_input').toBe(true);
    for (const base of [t.dir, path.join(t.dir, 'backups'), process.cwd()]) expect(fs.existsSync(path.resolve(base, name))).toBe(false);
  });
});

describe('template import (.docx) refuses hostile files and writes nothing', () => {
  const docx = (fileName: string, bytes: Uint8Array) => refused('templates.import', { fileName, contentBase64: b64(bytes), commit: true });

  it('a truncated zip', async () => {
    expect((await docx('letter.docx', truncatedZip)).message).toMatch(/damaged|incomplete|not a|read|open/i);
  });
  it('a zip bomb (250 MB of zeros, over 100:1)', async () => {
    expect((await docx('letter.docx', zipBomb)).message).toMatch(/unpack|grow|MB|large/i);
  });
  it('billion laughs in word/document.xml', async () => {
    expect((await docx('letter.docx', billionLaughsDocx)).message).toMatch(/DOCTYPE|ENTITY|safety/i);
  });
  it('invalid UTF-8 in word/document.xml', async () => {
    await docx('letter.docx', invalidUtf8Docx);
  });
  it('path traversal entry names inside the zip', async () => {
    await docx('letter.docx', traversalDocx);
    expect(fs.existsSync(path.resolve(t.dir, '../../evil.xml'))).toBe(false);
  });
  it('a traversal file name', async () => {
    await docx('../../etc/passwd.docx', truncatedZip);
  });
});

describe('logo upload refuses hostile images and writes nothing', () => {
  const logo = (fileName: string, bytes: Uint8Array) => refused('organisation.setLogo', { fileName, contentBase64: b64(bytes) });

  it.each([
    ['a truncated PNG', () => PNG.subarray(0, 30)],
    ['a PNG claiming 100,000 × 100,000 pixels', () => hugePng()],
    ['a zip bomb', () => zipBomb],
    ['an SVG with entities', () => strToU8(svgLaughs)],
    ['invalid UTF-8 bytes', () => new Uint8Array([0xc3, 0x28, 0xff, 0xfe, 0x80, 0x81])],
    ['a docx', () => goodDocx],
  ])('%s', async (_label, bytes) => {
    const error = await logo('logo.png', bytes());
    expect(error.code).toBe('invalid_input');
  });

  it('a traversal file name', async () => {
    await logo('../../etc/passwd.png', PNG.subarray(0, 30));
  });
});

import { randomBytes } from 'node:crypto';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { ImageRun, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { importTemplate, MAX_TEMPLATE_BYTES } from '../../../../electron/core/templates/import';
import { buildDocx, expectRefused, p, PNG, rawDocx, utf8, W_NS } from './helpers';
const letter = (): Uint8Array => rawDocx(p('Dear ', ['COUNTRY', 'b'], ', we write about press freedom in the region.'));

/** Where the central directory records an entry's uncompressed size. */
function centralSizeOffset(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = zip.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    if (Buffer.from(zip.subarray(i + 46, i + 46 + nameLength)).toString() === name) return i + 24;
  }
  throw new Error(`no central entry ${name}`);
}

function withDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const copy = zip.slice();
  new DataView(copy.buffer).setUint32(centralSizeOffset(copy, name), size, true);
  return copy;
}

describe('DOCX that are not what they claim', () => {
  it('refuses a file that is not a zip', () => {
    expectRefused(utf8('Dear Excellency, this is plain text saved as .docx'), 'letter.docx', 'notZip');
    expectRefused(utf8('{\\rtf1\\ansi Dear Excellency}'), 'letter.docx', 'notZip');
  });

  it('refuses a password-protected document (OLE2 container holding EncryptedPackage)', () => {
    const header = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const bytes = Buffer.concat([header, Buffer.alloc(504), Buffer.from('EncryptionInfo\0EncryptedPackage', 'utf16le'), Buffer.alloc(512)]);
    const error = expectRefused(bytes, 'protected.docx', 'encrypted');
    expect(error.message).toMatch(/password/);
  });

  it('refuses an old .doc renamed .docx, saying how to convert it', () => {
    const bytes = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]);
    expect(expectRefused(bytes, 'old.docx', 'legacyDoc').message).toMatch(/save it as \.docx/);
  });

  it('refuses a zip that holds no Word document', () => {
    expectRefused(zipSync({ 'notes.txt': strToU8('hello') }), 'archive.docx', 'notWordDocument');
    expectRefused(new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]), 'empty-zip.docx', 'notWordDocument');
  });
});

describe('damaged DOCX', () => {
  it('refuses a truncated file', async () => {
    const whole = await buildDocx([new Paragraph({ text: 'A letter long enough to be cut in half.' })]);
    expectRefused(whole.subarray(0, Math.floor(whole.length * 0.6)), 'cut.docx', 'corrupted');
  });

  it('refuses a document whose compressed text is damaged', () => {
    const zip = rawDocx(p('A paragraph of letter text that is long enough to compress and then damage. '.repeat(20)));
    const at = Buffer.from(zip).indexOf('word/document.xml') + 'word/document.xml'.length + 40;
    const damaged = zip.slice();
    for (let i = 0; i < 16; i++) damaged[at + i] = (damaged[at + i] ?? 0) ^ 0xa5;
    expectRefused(damaged, 'damaged.docx', 'corrupted');
  });

  it('refuses a document whose XML is broken', () => {
    const zip = rawDocx('', { 'word/document.xml': `<w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>Dear</w:p></w:body></w:document>` });
    expect(expectRefused(zip, 'broken.docx', 'corrupted').message).toMatch(/word\/document\.xml/);
  });

  it('refuses a part that declares a smaller size than it holds', () => {
    const zip = rawDocx(p('Some text that is longer than the size the header claims.'));
    expectRefused(withDeclaredSize(zip, 'word/document.xml', 60), 'lying.docx', 'corrupted');
  });

  it('refuses XML nested deeper than any letter', () => {
    const deep = '<w:sdt><w:sdtContent>'.repeat(300) + p('deep') + '</w:sdtContent></w:sdt>'.repeat(300);
    expectRefused(rawDocx(deep), 'deep.docx', 'tooComplex');
  });
});

describe('hostile DOCX', () => {
  it('refuses a file over 20 MB before reading it', () => {
    const bytes = new Uint8Array(MAX_TEMPLATE_BYTES + 1);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    expect(expectRefused(bytes, 'huge.docx', 'tooLarge').message).toMatch(/20 MB/);
  });

  it('refuses a zip bomb by ratio', () => {
    const bomb = zipSync({ ...unzipLetterParts(), 'word/media/filler.bin': new Uint8Array(30 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expectRefused(bomb, 'bomb.docx', 'zipBomb');
  });

  it('refuses a zip bomb by total size, even when the ratio looks ordinary', () => {
    const zip = zipSync({ ...unzipLetterParts(), 'word/media/photo.bin': [randomBytes(3 * 1024 * 1024), { level: 0 }] });
    const error = expectRefused(withDeclaredSize(zip, 'word/media/photo.bin', 250 * 1024 * 1024), 'big.docx', 'zipBomb');
    expect(error.message).toMatch(/200 MB/);
  });

  it.each([['../../evil.sh'], ['/etc/cron.d/evil'], ['C:/Windows/evil.dll'], ['word/../../evil.xml'], ['word\\..\\evil.xml']])(
    'refuses an entry named %s',
    (name) => {
      const zip = zipSync({ ...unzipLetterParts(), [name]: strToU8('x') });
      expectRefused(zip, 'traversal.docx', 'unsafePath');
    },
  );

  it('refuses entity expansion (billion laughs) without expanding anything', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
      '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>' +
      `<w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>`;
    expectRefused(rawDocx('', { 'word/document.xml': laughs }), 'laughs.docx', 'unsafeXml');
  });

  it('refuses external entities (XXE), in any part', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document xmlns:w="${W_NS}"><w:body>${p('&xxe;')}</w:body></w:document>`;
    expectRefused(rawDocx('', { 'word/document.xml': xxe }), 'xxe.docx', 'unsafeXml');
    const styles = `<?xml version="1.0"?><!DOCTYPE s [<!ENTITY x SYSTEM "http://attacker.example/">]><w:styles xmlns:w="${W_NS}"/>`;
    expectRefused(rawDocx(p('Dear Excellency'), { 'word/styles.xml': styles }), 'xxe-styles.docx', 'unsafeXml');
  });

  it('never expands an undeclared entity into anything', () => {
    const zip = rawDocx(p('Dear &xxe; Excellency'));
    let text = '';
    try {
      text = JSON.stringify(importTemplate(zip, 'undeclared.docx').document);
    } catch {
      expectRefused(zip, 'undeclared.docx', 'corrupted');
    }
    expect(text).not.toMatch(/root:|passwd/);
  });
});

describe('DOCX without text', () => {
  it('refuses a document of only images, saying so', async () => {
    const image = () => new ImageRun({ type: 'png', data: PNG, transformation: { width: 20, height: 20 } });
    const bytes = await buildDocx([new Paragraph({ children: [image()] }), new Paragraph({ children: [image(), image()] })]);
    expect(expectRefused(bytes, 'scan.docx', 'imagesOnly').message).toMatch(/only images \(3\)/);
  });

  it('refuses an empty document and an empty file', async () => {
    expectRefused(await buildDocx([]), 'blank.docx', 'empty');
    expectRefused(await buildDocx([new Paragraph({ text: '   ' })]), 'spaces.docx', 'empty');
    expectRefused(new Uint8Array(0), 'zero.docx', 'empty');
  });

  it('still imports the letter the hostile tests start from', () => {
    expect(importTemplate(letter(), 'letter.docx').placeholders.map((x) => x.raw)).toEqual(['**COUNTRY**']);
  });
});

/** The parts of a small valid letter, to add hostile entries to. */
function unzipLetterParts(): Record<string, Uint8Array> {
  return unzipSync(letter());
}

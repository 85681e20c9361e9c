import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCombined, renderLetter } from '../../../../electron/core/exports/docx';
import { sampleLetter, sampleStatement } from '../../../fixtures/docx-export/letters';
import { docxPart, docxPartNames, pythonWithDocx, requireTools, withTempDir } from './helpers';

/* The package around the XML, which the export zips itself: sound for another program's ZIP reader, every part declared and reachable. */

const combinedFile = () => renderCombined([sampleLetter(), sampleStatement(), sampleLetter({ language: 'fr', paperSize: 'Letter' })]);

describe('DOCX export: the package', () => {
  beforeAll(() => requireTools('python-docx'));

  it("is a sound ZIP: Python's zipfile reads every part back with the right CRC", async () => {
    for (const docx of [await renderLetter(sampleLetter()), await combinedFile()]) {
      const report = withTempDir((dir) => {
        const file = path.join(dir, 'letter.docx');
        writeFileSync(file, docx);
        const script = 'import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nprint(z.testzip(), len(z.namelist()))';
        return execFileSync(pythonWithDocx(), ['-c', script, file], { encoding: 'utf8' }).trim();
      });
      expect(report).toBe(`None ${docxPartNames(docx).length}`);
    }
  });

  it('declares the content type of every part, and every relationship points at a part in the package', async () => {
    for (const docx of [await renderLetter(sampleLetter()), await combinedFile()]) {
      const names = docxPartNames(docx);
      const types = docxPart(docx, '[Content_Types].xml');
      for (const name of names.filter((n) => n.startsWith('word/') && n.endsWith('.xml'))) expect(types).toContain(`PartName="/${name}"`);
      for (const rels of names.filter((n) => n.endsWith('.rels'))) {
        const folder = path.posix.dirname(path.posix.dirname(rels));
        for (const [tag] of docxPart(docx, rels).matchAll(/<Relationship [^>]*>/g)) {
          if (tag.includes('TargetMode="External"')) continue;
          const target = /Target="([^"]+)"/.exec(tag)![1];
          expect(names).toContain(path.posix.join(folder === '.' ? '' : folder, target));
        }
      }
    }
  });

  it('stores each picture once in a combined file, however many letters show it', async () => {
    const docx = await combinedFile();
    // Three letterheads with the same logo, four signatures with the same image: two files.
    expect(docxPartNames(docx).filter((n) => n.startsWith('word/media/'))).toHaveLength(2);
    expect(docxPart(docx, 'word/document.xml').match(/<wp:docPr /g)).toHaveLength(4);
    // Drawing ids stay unique across the document and its headers.
    const ids = docxPartNames(docx)
      .filter((n) => /^word\/(document|header\d+)\.xml$/.test(n))
      .flatMap((n) => [...docxPart(docx, n).matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1]));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

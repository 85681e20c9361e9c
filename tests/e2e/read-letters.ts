import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/*
 * Exported letters as other programs read them, for the browser tests:
 * python-docx (Debian's python3-docx) through the project's own reader
 * script, and LibreOffice's print to PDF through pdftotext. A missing tool
 * fails the test with how to install it; it never lets it pass.
 */

const INSTALL = 'apt-get install -y python3-docx libreoffice-writer-nogui poppler-utils';
const READER = path.resolve(__dirname, '..', 'helpers', 'read-docx-batch.py');

/** One letter's paragraphs and table cells, a line per hard break, trimmed, blanks left out. */
export type LetterLines = string[];

function pythonWithDocx(): string {
  const found = ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', 'import docx'], { stdio: 'ignore' }).status === 0);
  if (!found) throw new Error(`python3 with python-docx is required for this test: ${INSTALL}`);
  return found;
}

interface Block {
  kind: 'p' | 'table';
  text?: string;
  rows?: string[][];
}

/** Reads every file with python-docx in one Python process. */
export function readLetters(files: readonly string[]): LetterLines[] {
  const read = JSON.parse(execFileSync(pythonWithDocx(), [READER, ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as { blocks: Block[] }[];
  return read.map((docx) =>
    docx.blocks
      .flatMap((b) => (b.kind === 'p' ? [b.text ?? ''] : (b.rows ?? []).flat()))
      .flatMap((text) => text.split('\n'))
      .map((line) => line.trim())
      .filter(Boolean),
  );
}

/** The text LibreOffice prints for a .docx, spaces collapsed; the PDF is kept beside the file. */
export function printedText(docx: string): string {
  const dir = path.dirname(docx);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'letterdesk-soffice-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
      stdio: 'pipe',
      timeout: 120_000,
    });
  } catch (error) {
    throw new Error(`LibreOffice could not print ${docx} (${INSTALL}): ${(error as Error).message}`);
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const pdf = docx.replace(/\.docx$/, '.pdf');
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

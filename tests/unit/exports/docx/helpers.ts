import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';

/*
 * Real readers for the exported files: the .docx unzipped, read back by
 * python-docx, and printed to PDF by LibreOffice, then read with poppler.
 * A missing reader fails the tests with how to install it: it never lets them pass.
 */

const FIXTURES = path.join(import.meta.dirname, '..', '..', '..', 'fixtures', 'docx-export');
const INSTALL = 'apt-get install -y libreoffice-writer-nogui python3-docx poppler-utils (CI installs them)';

/** One part of the .docx (e.g. "word/document.xml") as text. */
export function docxPart(docx: Uint8Array, name: string): string {
  const files = unzipSync(docx, { filter: (f) => f.name === name });
  if (!files[name]) throw new Error(`${name} is not in the .docx`);
  return strFromU8(files[name]);
}

export function docxPartNames(docx: Uint8Array): string[] {
  return Object.keys(unzipSync(docx));
}

function works(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

let python: string | undefined;
/** A Python that has python-docx: the first on PATH, else Debian's own (a pyenv or venv python may not see it). */
export function pythonWithDocx(): string {
  python ??= ['python3', '/usr/bin/python3'].find((p) => works(p, ['-c', 'import docx']));
  if (!python) throw new Error(`python3 with python-docx is required for these tests and was not found: ${INSTALL}`);
  return python;
}

/** Fails (never skips) when a command-line tool is missing. */
export function requireTools(...tools: string[]): void {
  if (tools.includes('python-docx')) pythonWithDocx();
  const missing = tools.filter((t) => t !== 'python-docx' && !works('sh', ['-c', `command -v ${t}`]));
  if (missing.length > 0) throw new Error(`${missing.join(', ')} required for these tests but not installed: ${INSTALL}`);
}

export interface ReadBlock {
  kind: 'p' | 'table';
  text?: string;
  style?: string;
  bold?: string[];
  numId?: string | null;
  rows?: string[][];
  images: number;
}
interface ReadPart {
  text: string[];
  images: number;
}
export interface ReadDocx {
  blocks: ReadBlock[];
  sections: { width: number; height: number; differentFirstPage: boolean; firstHeader: ReadPart; header: ReadPart; footer: ReadPart }[];
}

export function withTempDir<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'letterdesk-docx-'));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The file as python-docx reads it. */
export function readWithPythonDocx(docx: Uint8Array): ReadDocx {
  return withTempDir((dir) => {
    const file = path.join(dir, 'letter.docx');
    writeFileSync(file, docx);
    const out = execFileSync(pythonWithDocx(), [path.join(FIXTURES, 'read-docx.py'), file], { encoding: 'utf8' });
    return JSON.parse(out) as ReadDocx;
  });
}

export interface Pdf {
  /** Each page's text, bidi controls removed. */
  pages: string[];
  /** Each page's size in points, rounded. */
  sizes: { width: number; height: number }[];
  file: string;
}

/** Prints the .docx to PDF with LibreOffice (its own profile, so parallel runs don't fight over a lock) and reads it back. */
export function printWithLibreOffice<T>(docx: Uint8Array, fn: (pdf: Pdf) => T): T {
  return withTempDir((dir) => {
    const file = path.join(dir, 'letter.docx');
    writeFileSync(file, docx);
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
      stdio: 'pipe',
      timeout: 120_000,
    });
    const pdf = path.join(dir, 'letter.pdf');
    readFileSync(pdf); // fails clearly when LibreOffice wrote nothing
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '1000', pdf], { encoding: 'utf8' });
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
      width: Math.round(Number(m[1])),
      height: Math.round(Number(m[2])),
    }));
    const pages = sizes.map((_, i) =>
      execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', pdf, '-'], { encoding: 'utf8' }).replace(
        /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
        '',
      ),
    );
    return fn({ pages, sizes, file: pdf });
  });
}

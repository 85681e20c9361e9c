import { spawnSync } from 'node:child_process';

/*
 * The letters name Arial. LibreOffice draws it with the font fontconfig
 * substitutes, and every line and page break it prints follows that font.
 * The reference renders and the page-layout checks were made with Liberation
 * Sans 1.07 from Debian's fonts-liberation. Without it Arial becomes DejaVu
 * Sans, which is wider: 12 % of the reference pixels differ and lines break
 * elsewhere. Liberation Sans 2 (fonts-liberation2) has Arial's widths but
 * draws some letters differently (13 pixels of the letterhead's contact line
 * differ), and fontconfig prefers it when both packages are installed.
 * So a test that prints letters first checks which font it will get.
 */

const PACKAGE = 'fonts-liberation';
const VERSION = '1.07';
const INSTALL = `apt-get install -y --no-install-recommends ${PACKAGE}`;

interface MatchedFont {
  family: string;
  /** The font's revision to two decimals, e.g. "1.07" or "2.1". */
  version: string;
  file: string;
}

/** The font fontconfig gives for Arial, or null where fc-match is missing. */
function fontForArial(): MatchedFont | null {
  const result = spawnSync('fc-match', ['--format=%{family[0]}\t%{fontversion}\t%{file}', 'Arial'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  const [family, fixedPoint, file] = result.stdout.split('\t');
  // fontversion is the font's revision in 16.16 fixed point: 70123 is 1.07.
  return { family, version: String(Math.round((Number(fixedPoint) / 65536) * 100) / 100), file };
}

/** Fails (never skips) with one line naming the package, unless Arial is drawn with Liberation Sans 1.07. */
export function requireLetterFonts(): void {
  const font = fontForArial();
  const need = `Letter renders need ${PACKAGE} (${VERSION})`;
  if (!font) throw new Error(`${need} and fontconfig: apt-get install -y --no-install-recommends fontconfig ${PACKAGE}; fc-match is not installed`);
  if (font.family === 'Liberation Sans' && font.version === VERSION) return;
  const fix = font.family === 'Liberation Sans' ? `${INSTALL} && apt-get purge -y fonts-liberation2 (fontconfig prefers Liberation Sans 2)` : INSTALL;
  throw new Error(`${need}: ${fix}; fc-match Arial gives ${font.family} ${font.version} (${font.file})`);
}

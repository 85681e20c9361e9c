import { type Field, type Inline, type LetterContext, type Para, para, type Picture } from './context';
import { textRuns } from './inline';
import { GREY, SMALL_SIZE, SMALL_STYLE } from './styles';
import type { ExportImage, ExportLetter } from './types';

const EMU_PER_CM = 360_000;
const EMU_PER_PX = 9525; // at 96 dpi

/** An image scaled to fill a box (in cm) as far as its aspect ratio allows, in whole pixels as Word sizes pictures. */
export function fittedImage(image: ExportImage, maxWidthCm: number, maxHeightCm: number, alt: string): Picture {
  const w = Math.max(1, image.widthPx);
  const h = Math.max(1, image.heightPx);
  const scale = Math.min((maxWidthCm * EMU_PER_CM) / EMU_PER_PX / w, (maxHeightCm * EMU_PER_CM) / EMU_PER_PX / h);
  return { k: 'img', image, cx: Math.max(1, Math.round(w * scale)) * EMU_PER_PX, cy: Math.max(1, Math.round(h * scale)) * EMU_PER_PX, alt };
}

/** The letterhead, on the first page: logo, organisation name, address and contacts, centred over a thin rule. */
export function letterhead(org: ExportLetter['organisation'], ctx: LetterContext): Para[] {
  const lines = [org.address, org.contacts].filter((l): l is string => !!l && l.trim() !== '');
  const out: Para[] = [];
  if (org.logo) out.push(para([fittedImage(org.logo, 7, 2, `${org.name} logo`)], { align: 'center', after: 80 }));
  out.push(para(textRuns(org.name, { bold: true, size: 26 }, ctx), { align: 'center', after: 40, rule: lines.length === 0 }));
  lines.forEach((line, i) => {
    // Each line of the address (it may hold several) on its own line.
    const kids: Inline[] = [];
    line.split(/\r?\n/).forEach((part, j) => {
      if (j > 0) kids.push({ k: 'br' });
      kids.push(...textRuns(part, {}, ctx));
    });
    out.push(para(kids, { style: SMALL_STYLE, align: 'center', rule: i === lines.length - 1 }));
  });
  return out;
}

/** The header of the following pages: the organisation and the reference, small and grey. */
export function continuationHeader(letter: ExportLetter, ctx: LetterContext): Para[] {
  const text = [letter.organisation.name, letter.reference && `${ctx.labels.reference}${letter.reference}`].filter(Boolean).join(' · ');
  return [para(textRuns(text, {}, ctx), { style: SMALL_STYLE, align: 'right' })];
}

/**
 * "Page X of Y" with real fields: PAGE and NUMPAGES, or SECTIONPAGES in a
 * combined file, where each letter is a section that counts its own pages.
 * `pages` is written as the count's result: Word and LibreOffice recount
 * NUMPAGES, Word recounts SECTIONPAGES, but LibreOffice (7.x) has no
 * SECTIONPAGES and shows the number written here (see page-estimate.ts).
 */
export function pageFooter(ctx: LetterContext, combined: boolean, pages: number): Para[] {
  const { page, of } = ctx.labels;
  const format = { size: SMALL_SIZE, color: GREY, ...(ctx.runLanguage ? { lang: ctx.runLanguage } : {}) };
  const field = (instr: string, result?: string): Field => ({ k: 'field', instr, result, format });
  return [
    para(
      [
        { k: 'r', text: `${page} `, ...format },
        field('PAGE'),
        { k: 'r', text: ` ${of} `, ...format },
        field(combined ? 'SECTIONPAGES' : 'NUMPAGES', String(pages)),
      ],
      { align: 'center' },
    ),
  ];
}

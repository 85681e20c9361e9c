import { AlignmentType, BorderStyle, Footer, Header, ImageRun, PageNumber, Paragraph, TextRun } from 'docx';
import type { LetterContext } from './context';
import { textRuns } from './inline';
import { GREY, SMALL_SIZE, SMALL_STYLE } from './styles';
import type { ExportImage, ExportLetter } from './types';

const PX_PER_CM = 96 / 2.54;

/** An image scaled to fill a box (in cm) as far as its aspect ratio allows. */
export function fittedImage(image: ExportImage, maxWidthCm: number, maxHeightCm: number, altText: string): ImageRun {
  const w = Math.max(1, image.widthPx);
  const h = Math.max(1, image.heightPx);
  const scale = Math.min((maxWidthCm * PX_PER_CM) / w, (maxHeightCm * PX_PER_CM) / h);
  return new ImageRun({
    type: image.type,
    data: image.data,
    transformation: { width: Math.max(1, Math.round(w * scale)), height: Math.max(1, Math.round(h * scale)) },
    altText: { name: altText, description: altText, title: altText },
  });
}

const rule = { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 6 } };

/** The letterhead, on the first page: logo, organisation name, address and contacts, centred over a thin rule. */
export function letterhead(org: ExportLetter['organisation'], ctx: LetterContext): Header {
  const lines = [org.address, org.contacts].filter((l): l is string => !!l && l.trim() !== '');
  const children: Paragraph[] = [];
  if (org.logo) {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 80 }, children: [fittedImage(org.logo, 7, 2, `${org.name} logo`)] }));
  }
  children.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 40 },
      children: textRuns(org.name, { bold: true, size: 26 }, ctx),
      ...(lines.length === 0 ? { border: rule } : {}),
    }),
  );
  lines.forEach((line, i) =>
    children.push(
      new Paragraph({
        style: SMALL_STYLE,
        alignment: AlignmentType.CENTER,
        // Each line of the address (it may hold several) on its own line.
        children: line.split(/\r?\n/).flatMap((part, j) => [...(j > 0 ? [new TextRun({ break: 1 })] : []), ...textRuns(part, {}, ctx)]),
        ...(i === lines.length - 1 ? { border: rule } : {}),
      }),
    ),
  );
  return new Header({ children });
}

/** The header of the following pages: the organisation and the reference, small and grey. */
export function continuationHeader(letter: ExportLetter, ctx: LetterContext): Header {
  const text = [letter.organisation.name, letter.reference && `${ctx.labels.reference}${letter.reference}`].filter(Boolean).join(' · ');
  return new Header({ children: [new Paragraph({ style: SMALL_STYLE, alignment: AlignmentType.RIGHT, children: textRuns(text, {}, ctx) })] });
}

/**
 * "Page X of Y" with real fields: PAGE and NUMPAGES, or SECTIONPAGES in a
 * combined file, where each letter is a section that counts its own pages.
 */
export function pageFooter(ctx: LetterContext, combined: boolean): Footer {
  const { page, of } = ctx.labels;
  const run = (children: (string | (typeof PageNumber)[keyof typeof PageNumber])[]) =>
    new TextRun({ children, size: SMALL_SIZE, color: GREY, ...(ctx.runLanguage ? { language: { value: ctx.runLanguage } } : {}) });
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          run([`${page} `]),
          run([PageNumber.CURRENT]),
          run([` ${of} `]),
          run([combined ? PageNumber.TOTAL_PAGES_IN_SECTION : PageNumber.TOTAL_PAGES]),
        ],
      }),
    ],
  });
}

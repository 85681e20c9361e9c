import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Handlers } from '../../electron/core/api/handler-types';
import { EU_HEADS, buildEuCampaign, exportThroughApi, type EuCampaign } from './eu-letter-campaign';
import { printToPdf, rasterisePage1, type GreyImage } from './render-pages';
import { makeTempDir, openTempWorkspace } from './temp-workspace';

/*
 * Page 1 of a fixed campaign's letters, as LibreOffice prints them, in each
 * export form. Used by tests/unit/reference-render.test.ts to compare with the
 * committed references, and by tests/helpers/update-reference-renders.ts to
 * write them again after an intended change to how letters look.
 *
 * The campaign is the EU heads of government one, with only three holders
 * filled in: the other 24 need attention and are left out of the export, so
 * the combined file holds three letters. A different letter is looked at in
 * each form, so that an English, a Spanish and a second English letter are
 * all checked.
 */

export const REFERENCE_DIR = path.join(import.meta.dirname, '../fixtures/reference-renders');

/** 40 dpi: an A4 page is 331 × 468 pixels, enough to see the letterhead, logo, address, text block and signatures. */
export const REFERENCE_DPI = 40;

export const REFERENCE_FORMS = ['files', 'zip', 'combined'] as const;
export type ReferenceForm = (typeof REFERENCE_FORMS)[number];

export const FILLED_IN = ['AT', 'ES', 'IE'] as const;
/** Whose letter is looked at in each form (the combined file's first letter is Austria's: letters go in country order). */
export const LETTER_SHOWN: Record<ReferenceForm, string> = { files: 'IE', zip: 'ES', combined: 'AT' };

export const referenceFile = (form: ReferenceForm) => path.join(REFERENCE_DIR, `${form}-page1.png`);

function pick(files: { name: string; bytes: Uint8Array }[], country: string) {
  const holder = EU_HEADS[country].name;
  const found = files.filter((f) => f.name.normalize('NFC').includes(holder.normalize('NFC')));
  if (found.length !== 1) throw new Error(`expected one letter to ${holder}, found ${found.map((f) => f.name).join(', ') || 'none'}`);
  return found[0];
}

export interface ReferencePages {
  pages: Record<ReferenceForm, GreyImage>;
  /** Where the PDFs were printed; removed by `cleanup`. */
  dir: string;
  cleanup(): void;
}

/**
 * Builds the campaign in a fresh workspace, exports it three ways and rasterises page 1 of the chosen letters.
 * `alter` changes something before the export (the negative test drops a signature).
 */
export async function renderReferencePages(options: { alter?: (handlers: Handlers, built: EuCampaign) => Promise<unknown> } = {}): Promise<ReferencePages> {
  const t = await openTempWorkspace();
  const dir = makeTempDir('letterdesk-reference-');
  try {
    const built = await buildEuCampaign(t.handlers, FILLED_IN);
    await options.alter?.(t.handlers, built);
    const { campaign } = built;
    const files = await exportThroughApi(t.handlers, campaign.id, 'files');
    const zip = await exportThroughApi(t.handlers, campaign.id, 'zip');
    const combined = await exportThroughApi(t.handlers, campaign.id, 'combined');
    const zipped = Object.entries(unzipSync(zip.files[0].bytes)).map(([name, bytes]) => ({ name, bytes }));
    if (combined.files.length !== 1) throw new Error(`expected one combined file, got ${combined.files.length}`);

    const chosen = [pick(files.files, LETTER_SHOWN.files), pick(zipped, LETTER_SHOWN.zip), combined.files[0]];
    const [filesPdf, zipPdf, combinedPdf] = printToPdf(chosen, dir);
    return {
      pages: {
        files: rasterisePage1(filesPdf, REFERENCE_DPI),
        zip: rasterisePage1(zipPdf, REFERENCE_DPI),
        combined: rasterisePage1(combinedPdf, REFERENCE_DPI),
      },
      dir,
      cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  } finally {
    t.cleanup();
  }
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/api/dispatch';
import { REFERENCE_FORMS, LETTER_SHOWN, referenceFile, renderReferencePages, type ReferencePages } from '../helpers/reference-renders';
import { requireLetterFonts } from '../helpers/letter-fonts';
import { compareImages, differenceImage, readGreyPng, requireRenderTools, writeGreyPng, type GreyImage, type RenderDifference } from '../helpers/render-pages';

/*
 * Page 1 of an exported letter, printed by LibreOffice and rasterised by
 * poppler at 40 dpi in grey, compared with the reference committed under
 * tests/fixtures/reference-renders: one per export form (a file per
 * recipient, the ZIP, the combined print file). It catches what reading the
 * text back cannot: a logo or signature gone, swapped or misplaced, a
 * letterhead or address block that moved, a changed font or margin.
 *
 * After an intended change to how letters look, regenerate the references
 * with `npx tsx tests/helpers/update-reference-renders.ts`, look at them, and
 * commit them with the change.
 *
 * Tolerance. On this Debian image (LibreOffice 7.4, poppler 22.12, the fonts
 * .ci/run installs) the renders are identical from run to run: difference 0.
 * Measured against the reference, the smallest regressions this test is for:
 *   - the second signer's signature dropped:  0.45 % of pixels differ, mean 0.51
 *   - the two signatures swapped:             0.30 % of pixels differ, mean 0.35
 *   - the logo dropped (everything moves up): 14 % of pixels differ, mean 15
 * A one-letter change in a signer's title moves 0.006 % of pixels: text is
 * checked word by word by eu-campaign-export.test.ts, not here.
 * So at most 0.02 % of pixels (about 30 of the page's 155 000) may differ by
 * more than 32 grey levels, and the mean difference may be at most 0.05: room
 * for a few anti-aliased edges to shift with a font-rendering update, and still
 * 15 times below the smallest failure above.
 */
const MAX_DIFFERING_SHARE = 0.0002;
const MAX_MEAN_DIFF = 0.05;
const SLOW = 180_000;

const withinTolerance = (d: RenderDifference) => d.sameSize && d.differingShare <= MAX_DIFFERING_SHARE && d.meanAbsDiff <= MAX_MEAN_DIFF;

/** On a mismatch, leaves the render and a map of the differences where a developer can look at them. */
async function keepForInspection(name: string, actual: GreyImage, expected: GreyImage): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letterdesk-render-mismatch-'));
  await writeGreyPng(actual, path.join(dir, `${name}-actual.png`));
  if (actual.width === expected.width && actual.height === expected.height)
    await writeGreyPng(differenceImage(actual, expected), path.join(dir, `${name}-difference.png`));
  return dir;
}

describe('page 1 of the exported letters, compared with reference renders', () => {
  let rendered: ReferencePages | undefined;
  beforeAll(async () => {
    requireRenderTools();
    requireLetterFonts();
    rendered = await renderReferencePages();
  }, SLOW);
  afterAll(() => rendered?.cleanup());

  it.each(REFERENCE_FORMS)('export form "%s" matches its reference', async (form) => {
    const actual = rendered!.pages[form];
    const expected = await readGreyPng(referenceFile(form));
    const difference = compareImages(actual, expected);
    if (!withinTolerance(difference)) {
      const kept = await keepForInspection(form, actual, expected);
      expect.fail(
        `page 1 of the ${LETTER_SHOWN[form]} letter (${form}) differs from ${referenceFile(form)}: ${JSON.stringify(difference)}. ` +
          `The render and a map of the differences are in ${kept}. If the change is intended, run npx tsx tests/helpers/update-reference-renders.ts.`,
      );
    }
    expect(difference.sameSize).toBe(true);
  });

  it(
    'does not let a letter missing one signature pass for the reference',
    async () => {
      const unsigned = await renderReferencePages({ alter: (handlers, built) => dispatch(handlers, 'signers.clearSignature', { id: built.signers[1].id }) });
      try {
        for (const form of REFERENCE_FORMS) {
          const difference = compareImages(unsigned.pages[form], await readGreyPng(referenceFile(form)));
          expect(withinTolerance(difference), `${form}: ${JSON.stringify(difference)}`).toBe(false);
          expect(difference.differingShare).toBeGreaterThan(10 * MAX_DIFFERING_SHARE);
        }
      } finally {
        unsigned.cleanup();
      }
    },
    SLOW,
  );
});

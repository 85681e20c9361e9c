import { requireLetterFonts } from './letter-fonts';
import { REFERENCE_FORMS, referenceFile, renderReferencePages } from './reference-renders';
import { requireRenderTools, writeGreyPng } from './render-pages';

/*
 * Writes the reference renders that tests/unit/reference-render.test.ts
 * compares with: run it after an intended change to how letters look, look at
 * the new images, and commit them with the change.
 *
 *   npx tsx tests/helpers/update-reference-renders.ts
 */

async function main(): Promise<void> {
  requireRenderTools();
  // References made with another font would make every later run fail.
  requireLetterFonts();
  const rendered = await renderReferencePages();
  try {
    for (const form of REFERENCE_FORMS) {
      await writeGreyPng(rendered.pages[form], referenceFile(form));
      console.log(`wrote ${referenceFile(form)} (${rendered.pages[form].width} × ${rendered.pages[form].height})`);
    }
  } finally {
    rendered.cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

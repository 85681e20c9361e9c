import { EXAMPLE_TEMPLATES } from '../../../resources/examples/example-templates';
import { getSetting, setSetting } from '../workspace/settings-repo';
import { createTemplate, hasExample } from './templates-repo';
import type { Db } from '../db/database';

const LOADED_KEY = 'examples.loaded';

/**
 * Loads the example templates into a workspace the first time it opens.
 * Only once: a user who deletes an example does not get it back on the next
 * start. Each example is named in the interface language chosen so far.
 */
export function loadExamplesOnFirstRun(db: Db): number {
  if (getSetting(db, LOADED_KEY)) return 0;
  let loaded = 0;
  db.transaction(() => {
    for (const example of EXAMPLE_TEMPLATES) {
      if (hasExample(db, example.key)) continue;
      createTemplate(
        db,
        { name: example.names.en, kind: example.kind, defaultLanguage: example.defaultLanguage, paperSize: 'A4' },
        (['en', 'es'] as const).map((language) => ({ language, ...example.variants[language] })),
        example.key,
      );
      loaded++;
    }
    setSetting(db, LOADED_KEY, new Date().toISOString());
  })();
  return loaded;
}

import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/* The opening-comment convention in eslint.config.mjs, checked on probes linted as project files. */

const root = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function conventionErrors(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, 'electron/core/probe.ts') });
  return result.messages.filter((m) => m.ruleId === 'conventions/opening-comment').map((m) => m.message);
}

describe("a module's opening comment", () => {
  it('is refused above the imports', async () => {
    expect(await conventionErrors("/* What this is. */\nimport fs from 'node:fs';\n\nexport const x = fs;\n")).toEqual([
      "Put the module's opening comment after its imports, as a /* */ block.",
    ]);
  });

  it('is refused as a run of // lines after the imports', async () => {
    expect(await conventionErrors("import fs from 'node:fs';\n\n// What this is\n// and why.\n\nexport const x = fs;\n")).toEqual([
      "Write the module's opening comment as a /* */ block, not // lines.",
    ]);
  });

  it('is accepted as a block after the imports, and // comments on code stay allowed', async () => {
    const code =
      "// eslint-disable-next-line no-console\nimport fs from 'node:fs';\n\n/*\n * What this is\n * and why.\n */\n\n// one line about x\n// and a second\nexport const x = fs;\n";
    expect(await conventionErrors(code)).toEqual([]);
  });
});

import fs from 'node:fs';
import { build } from 'esbuild';

/*
 * Bundles the Node side (desktop main + preload, CLI, browser-mode server)
 * under out/: CommonJS, but the CLI as ESM in chunks (below). The renderer is
 * built by Vite separately.
 */

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  // Native module and Electron itself are loaded at run time, never bundled.
  external: ['electron', 'better-sqlite3-multiple-ciphers', 'sharp'],
};

/*
 * The CLI starts once per command, so its start-up is what users wait for
 * (`npm run bench`, BENCH_ONLY=cli: at most 2× `node -e 0`). As one CommonJS
 * bundle (2.7 MB) it spent most of its start compiling code the command never
 * ran: docx, parse5, marked, fflate, every domain's handlers. Measured and
 * rejected: a lazy require inside the one bundle (V8 still parses all of it,
 * about 45 ms), one bundle per command group (each would still hold the whole
 * core, and classes like CliFailure would exist twice). Chosen: ESM with
 * `splitting`, which CommonJS output lacks. Every dynamic `import()` becomes a
 * chunk loaded when reached: the command groups (cli-commands/command-groups.ts)
 * and each domain's handlers (core/api/lazy-handlers.ts), so a command loads
 * its group, the contract and one domain. The banner gives bundled CommonJS
 * packages the `require` ESM lacks. out/node/cli.cjs stays the entry that
 * `letterdesk` and the tests run: a launcher that imports the ESM build.
 */
const cliBuild = build({
  ...common,
  entryPoints: { cli: 'electron/cli.ts' },
  outdir: 'out/node/cli',
  format: 'esm',
  splitting: true,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: "import { createRequire as __letterdeskRequire } from 'node:module'; const require = __letterdeskRequire(import.meta.url);" },
});

const CLI_LAUNCHER = `'use strict';
// Built by electron/build.mjs: the CLI itself is the ESM build in ./cli/, loaded in chunks.
exports.main = () => import('./cli/cli.mjs').then((cli) => cli.main());
if (require.main === module) void exports.main();
`;

fs.rmSync('out/node/cli', { recursive: true, force: true });
await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'out/main/main.cjs' }),
  // Sandboxed preloads may require only 'electron'; everything else is inlined.
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'out/main/preload.cjs', platform: 'browser', target: 'chrome130' }),
  cliBuild,
  build({ ...common, entryPoints: ['electron/server.ts'], outfile: 'out/node/server.cjs' }),
]);
fs.mkdirSync('out/node', { recursive: true });
fs.writeFileSync('out/node/cli.cjs', CLI_LAUNCHER);

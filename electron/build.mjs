import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';

/*
 * Bundles the Node side (desktop main + preload, CLI, browser-mode server)
 * into CommonJS under out/. The renderer is built by Vite separately.
 *
 * The CLI starts once per command, so its start-up is what users wait for
 * (`npm run bench`, BENCH_ONLY=cli). It stays one bundle: what a command does
 * not use is never run, because everything a command group or a domain needs
 * sits behind a dynamic `import()` (electron/cli-commands/command-groups.ts,
 * electron/core/api/lazy-handlers.ts), which esbuild turns into a module
 * initialised when first reached. `letterdesk recipients list` evaluates
 * neither docx, parse5, marked, fflate nor the other domains' handlers.
 * Measured on the same machine and run, `recipients list` on a small
 * workspace, CPU time (node -e 0: 53 ms): one CommonJS bundle 166 ms; ESM with
 * `splitting` (which CommonJS output lacks), loading only the chunks the
 * command needs, 159 ms: no gain beyond noise, for a launcher, a `require`
 * shim and 30 files, so not taken. What start-up still costs is evaluation
 * the command needs: zod and every schema of the contract (dispatch parses
 * with it), the protocol data, SQLite.
 */

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  // Native module and Electron itself are loaded at run time, never bundled; so is pdfkit, which reads its
  // data files (the sRGB profile of PDF/A) from beside its own code.
  external: ['electron', 'better-sqlite3-multiple-ciphers', 'sharp', 'pdfkit'],
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'out/main/main.cjs' }),
  // Sandboxed preloads may require only 'electron'; everything else is inlined.
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'out/main/preload.cjs', platform: 'browser', target: 'chrome130' }),
  // Minified (names kept, for messages and stack traces): V8 parses 2.9 MB instead of 4.3 at every start.
  build({ ...common, entryPoints: ['electron/cli.ts'], outfile: 'out/node/cli.cjs', minify: true, keepNames: true }),
  build({ ...common, entryPoints: ['electron/server.ts'], outfile: 'out/node/server.cjs' }),
  // The worker thread every import runs in (electron/core/isolation/), beside
  // the bundles that start it: the CLI and server in out/node, the app in out/main.
  build({ ...common, entryPoints: ['electron/core/isolation/isolation-worker.ts'], outfile: 'out/node/isolation-worker.cjs' }),
  build({ ...common, entryPoints: ['electron/core/isolation/isolation-worker.ts'], outfile: 'out/main/isolation-worker.cjs' }),
]);

/*
 * The CLI's V8 code cache, made here by the Node that builds it: the launcher
 * (electron/bin/letterdesk.cjs) hands it to V8, which then skips parsing the
 * bundle's top level at every start (about 40 ms of a ~150 ms command). V8
 * checks it against the source and its own version and flags, and compiles
 * as usual when it does not match; nothing is written at run time.
 */
const cliFile = path.resolve('out/node/cli.cjs');
const cliScript = new vm.Script(Module.wrap(fs.readFileSync(cliFile, 'utf8')), { filename: cliFile });
fs.writeFileSync(`${cliFile}.v8-cache`, cliScript.createCachedData());

import { build } from 'esbuild';

/*
 * Bundles the Node side (desktop main + preload, CLI, browser-mode server)
 * into CommonJS under out/. The renderer is built by Vite separately.
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

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'out/main/main.cjs' }),
  // Sandboxed preloads may require only 'electron'; everything else is inlined.
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'out/main/preload.cjs', platform: 'browser', target: 'chrome130' }),
  build({ ...common, entryPoints: ['electron/cli.ts'], outfile: 'out/node/cli.cjs' }),
  build({ ...common, entryPoints: ['electron/server.ts'], outfile: 'out/node/server.cjs' }),
  // The worker thread every import runs in (electron/core/isolation/), beside
  // the bundles that start it: the CLI and server in out/node, the app in out/main.
  build({ ...common, entryPoints: ['electron/core/isolation/isolation-worker.ts'], outfile: 'out/node/isolation-worker.cjs' }),
  build({ ...common, entryPoints: ['electron/core/isolation/isolation-worker.ts'], outfile: 'out/main/isolation-worker.cjs' }),
]);

#!/usr/bin/env node
// `letterdesk` command: runs the bundled CLI (built by `npm install` / `npm run build`).
const path = require('node:path');
const fs = require('node:fs');

const cli = path.join(__dirname, '..', '..', 'out', 'node', 'cli.cjs');
if (!fs.existsSync(cli)) {
  process.stderr.write('letterdesk: the command line is not built yet. Run "npm run build" in the Letterdesk folder.\n');
  process.exit(1);
}
loadWithCodeCache(cli).main();

/**
 * Loads the bundle as `require` would, with the V8 code cache written beside
 * it at build time (electron/build.mjs), so V8 does not parse 3 MB of code on
 * every command. Without a cache, or one V8 rejects (another Node), it is a
 * plain compile.
 */
function loadWithCodeCache(file) {
  const vm = require('node:vm');
  const Module = require('node:module');
  let cachedData;
  try {
    cachedData = fs.readFileSync(`${file}.v8-cache`);
  } catch {
    return require(file);
  }
  const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
  return mod.exports;
}

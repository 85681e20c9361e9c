import { rebuild } from '@electron/rebuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

/*
 * Builds better-sqlite3-multiple-ciphers (better-sqlite3 with SQLCipher-
 * compatible encryption) for Electron's ABI into resources/native/electron/,
 * leaving the Node build in node_modules alone (tests and the CLI use that
 * one). The desktop app loads this file through better-sqlite3's
 * `nativeBinding` option. Needs Electron's headers, so it runs where the
 * network reaches them (a developer laptop or a release machine), not here.
 */

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const MODULE = 'better-sqlite3-multiple-ciphers';
const source = path.dirname(require.resolve(`${MODULE}/package.json`));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'letterdesk-native-'));
const copy = path.join(work, 'node_modules', MODULE);

fs.cpSync(source, copy, { recursive: true, filter: (p) => !p.includes(`${path.sep}build${path.sep}`) });
fs.writeFileSync(path.join(work, 'package.json'), JSON.stringify({ name: 'native-build', dependencies: { [MODULE]: '*' } }));

try {
  await rebuild({ buildPath: work, electronVersion, onlyModules: [MODULE], force: true });
  const outDir = path.resolve('resources', 'native', 'electron');
  fs.mkdirSync(outDir, { recursive: true });
  fs.copyFileSync(path.join(copy, 'build', 'Release', 'better_sqlite3.node'), path.join(outDir, 'better_sqlite3.node'));
  console.log(`Built ${MODULE} for Electron ${electronVersion} into ${outDir}`);
} catch (error) {
  console.error(`Could not build ${MODULE} for Electron ${electronVersion}: ${error.message}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

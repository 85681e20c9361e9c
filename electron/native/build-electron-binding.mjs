// Builds better-sqlite3 for Electron's ABI into resources/native/electron/,
// leaving the Node build in node_modules alone (tests and the CLI use that
// one). The desktop app loads this file through better-sqlite3's
// `nativeBinding` option. Needs Electron's headers, so it runs where the
// network reaches them (a developer laptop or a release machine), not here.
import { rebuild } from '@electron/rebuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const source = path.dirname(require.resolve('better-sqlite3/package.json'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'letterdesk-native-'));
const copy = path.join(work, 'node_modules', 'better-sqlite3');

fs.cpSync(source, copy, { recursive: true, filter: (p) => !p.includes(`${path.sep}build${path.sep}`) });
fs.writeFileSync(path.join(work, 'package.json'), JSON.stringify({ name: 'native-build', dependencies: { 'better-sqlite3': '*' } }));

try {
  await rebuild({ buildPath: work, electronVersion, onlyModules: ['better-sqlite3'], force: true });
  const outDir = path.resolve('resources', 'native', 'electron');
  fs.mkdirSync(outDir, { recursive: true });
  fs.copyFileSync(path.join(copy, 'build', 'Release', 'better_sqlite3.node'), path.join(outDir, 'better_sqlite3.node'));
  console.log(`Built better-sqlite3 for Electron ${electronVersion} into ${outDir}`);
} catch (error) {
  console.error(`Could not build better-sqlite3 for Electron ${electronVersion}: ${error.message}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'yaml';

/*
 * Release check: the Electron fuses of a packaged Letterdesk are the ones
 * electron-builder.yml asks for. electron-builder flips them after packaging;
 * this reads them back from the binary with @electron/fuses, so a setting that
 * was ignored or undone fails the release instead of shipping.
 *
 *   node .github/scripts/check-fuses.mjs <packaged app: executable, .exe or .app>
 */

const app = process.argv[2];
if (!app || !fs.existsSync(app)) {
  console.error(`check-fuses: no packaged app at ${app ?? '(no path given)'}`);
  process.exit(2);
}

// The copy of @electron/fuses that electron-builder itself flipped the fuses with.
const fromBuilder = createRequire(createRequire(import.meta.url).resolve('app-builder-lib/package.json'));
const { getCurrentFuseWire, FuseV1Options } = fromBuilder('@electron/fuses');

// Each fuse is one byte in the binary: '0' off, '1' on, 'r' removed from this Electron.
const STATES = { 48: 'off', 49: 'on', 114: 'removed' };

const config = parse(fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'electron-builder.yml'), 'utf8'));
const wanted = Object.entries(config.electronFuses ?? {}).filter(([key]) => key !== 'resetAdHocDarwinSignature'); // a signing option, not a fuse
if (wanted.length === 0) {
  console.error('check-fuses: electron-builder.yml sets no electronFuses');
  process.exit(1);
}

const wire = await getCurrentFuseWire(app);
let wrong = 0;
for (const [key, on] of wanted) {
  const name = key[0].toUpperCase() + key.slice(1); // electron-builder's runAsNode is the fuse RunAsNode
  const state = STATES[wire[FuseV1Options[name]]] ?? 'missing';
  if (FuseV1Options[name] === undefined) {
    console.error(`FAIL ${key}: electron-builder.yml names a fuse @electron/fuses does not know`);
    wrong++;
  } else if (state !== (on ? 'on' : 'off')) {
    console.error(`FAIL ${name} is ${state}; electron-builder.yml turns it ${on ? 'on' : 'off'}`);
    wrong++;
  } else {
    process.stdout.write(`ok   ${name} is ${state}\n`);
  }
}
process.exit(wrong > 0 ? 1 : 0);

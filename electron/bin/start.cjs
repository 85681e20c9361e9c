#!/usr/bin/env node
// `npm start`: the desktop app where Electron's binary is installed,
// browser mode otherwise (with one line saying so).
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

function electronBinary() {
  // Do not require('electron') here: where the binary is missing, that
  // starts a download, and this machine may have no network.
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    const rel = fs.readFileSync(path.join(dir, 'path.txt'), 'utf8');
    const bin = process.env.ELECTRON_OVERRIDE_DIST_PATH ? path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, rel) : path.join(dir, 'dist', rel);
    return fs.existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

const root = path.join(__dirname, '..', '..');
const bin = electronBinary();
if (bin) {
  const child = spawn(bin, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  process.stdout.write('Electron binary not installed: starting Letterdesk in browser mode instead.\n');
  require(path.join(root, 'out', 'node', 'server.cjs')).main(process.argv.slice(2));
}

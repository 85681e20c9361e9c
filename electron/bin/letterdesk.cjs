#!/usr/bin/env node
// `letterdesk` command: runs the bundled CLI (built by `npm install` / `npm run build`).
const path = require('node:path');
const fs = require('node:fs');

const cli = path.join(__dirname, '..', '..', 'out', 'node', 'cli.cjs');
if (!fs.existsSync(cli)) {
  process.stderr.write('letterdesk: the command line is not built yet. Run "npm run build" in the Letterdesk folder.\n');
  process.exit(1);
}
require(cli).main();

import fs from 'node:fs';
import path from 'node:path';

/**
 * Path of the Electron binary if it is installed, else null. Reads
 * electron's path.txt instead of require('electron'), which would try to
 * download the binary.
 */
export function installedElectronBinary(): string | null {
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    const rel = fs.readFileSync(path.join(dir, 'path.txt'), 'utf8');
    const bin = path.join(dir, 'dist', rel);
    return fs.existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

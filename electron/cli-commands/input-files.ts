import fs from 'node:fs';
import { CliFailure } from '../cli-context';

/* What several command groups share: reading a file named on the command line, repeatable options. */

export function readInputFile(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new CliFailure(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

/** An option that may be repeated: `--tag a --tag b`. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

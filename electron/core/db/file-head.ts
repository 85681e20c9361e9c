import fs from 'node:fs';

/* The first bytes of a file, to tell what it is without reading it whole (a database, an archive, a staged upload). */

/** Up to `bytes` bytes from the start of `file`; fewer when it is shorter. Throws as fs.openSync does. */
export function readFileHead(file: string, bytes: number): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(bytes);
    return head.subarray(0, fs.readSync(fd, head, 0, bytes, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/** Whether `file` begins with `magic`; false when it cannot be read. */
export function fileStartsWith(file: string, magic: Buffer): boolean {
  try {
    return readFileHead(file, magic.length).equals(magic);
  } catch {
    return false;
  }
}

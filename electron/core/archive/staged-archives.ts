import fs from 'node:fs';
import path from 'node:path';
import { ApiFailure } from '../../../shared/api/errors';
import { newId } from '../db/ids';
import { MAX_ARCHIVE_BYTES, archiveFailure, megabytes } from './archive-format';
import { fileIsEncrypted } from './read-archive';

/*
 * Archives waiting to be imported, named by an id the renderer holds (never
 * a path). Browser mode uploads the file in pieces into the workspace's work
 * folder (beside the data it may be merged into, never the system temp
 * folder); the desktop app names a file the user chose in a native dialog,
 * which is read where it is and never deleted.
 */

export interface StagedArchive {
  uploadId: string;
  fileName: string;
  file: string;
  bytes: number;
  complete: boolean;
  encrypted: boolean;
  /** Written by us (an upload), so ours to delete. */
  owned: boolean;
}

/** Uploads kept at once; starting another forgets the oldest. */
const MAX_STAGED = 4;
/** Leftovers of an earlier run (a crash, a closed tab) older than this are removed. */
const STALE_MS = 24 * 60 * 60 * 1000;

export class StagedArchives {
  private readonly staged = new Map<string, StagedArchive>();

  constructor(private readonly dir: string) {}

  /** Removes upload files an earlier run left behind. Never throws. */
  removeStale(now = Date.now()): void {
    try {
      for (const name of fs.readdirSync(this.dir)) {
        if (!name.startsWith('upload-')) continue;
        const file = path.join(this.dir, name);
        if (now - fs.statSync(file).mtimeMs > STALE_MS) fs.rmSync(file, { force: true });
      }
    } catch {
      // No work folder yet, or a file removed while we looked.
    }
  }

  /** Appends one piece of an upload; the first piece (offset 0, no id) starts it. */
  append(input: { uploadId: string | null; fileName: string; offset: number; chunk: Buffer; final: boolean }): StagedArchive {
    let entry: StagedArchive;
    if (input.uploadId === null) {
      if (input.offset !== 0) throw new ApiFailure('invalid_input', 'An upload starts at the beginning of the file. Choose the file again.');
      entry = this.start(input.fileName);
    } else {
      const found = this.staged.get(input.uploadId);
      if (!found || !found.owned || found.complete)
        throw archiveFailure('uploadMissing', 'This upload is no longer there (it finished, or Letterdesk was restarted). Choose the file again.');
      entry = found;
    }
    if (input.offset !== entry.bytes) {
      this.discard(entry.uploadId);
      throw new ApiFailure('invalid_input', 'A piece of the file arrived out of order, so the upload was stopped. Choose the file again.');
    }
    if (entry.bytes + input.chunk.length > MAX_ARCHIVE_BYTES) {
      this.discard(entry.uploadId);
      throw archiveFailure(
        'tooLarge',
        `This file is larger than ${megabytes(MAX_ARCHIVE_BYTES)} MB, the most a Letterdesk archive holds. Nothing was imported.`,
      );
    }
    fs.appendFileSync(entry.file, input.chunk);
    entry.bytes += input.chunk.length;
    if (input.final) {
      entry.complete = true;
      entry.encrypted = fileIsEncrypted(entry.file);
    }
    return entry;
  }

  /** A file the user chose in a native dialog (desktop). */
  addChosen(file: string): StagedArchive {
    let bytes: number;
    try {
      bytes = fs.statSync(file).size;
    } catch {
      throw archiveFailure('uploadMissing', `Cannot read ${path.basename(file)}. Nothing was imported.`);
    }
    if (bytes > MAX_ARCHIVE_BYTES) {
      throw archiveFailure(
        'tooLarge',
        `This file is ${megabytes(bytes)} MB; a Letterdesk archive is at most ${megabytes(MAX_ARCHIVE_BYTES)} MB. Nothing was imported.`,
      );
    }
    const entry: StagedArchive = {
      uploadId: newId(),
      fileName: path.basename(file),
      file,
      bytes,
      complete: true,
      encrypted: fileIsEncrypted(file),
      owned: false,
    };
    this.remember(entry);
    return entry;
  }

  /** A complete staged archive. */
  get(uploadId: string): StagedArchive {
    const entry = this.staged.get(uploadId);
    if (!entry || !entry.complete) throw archiveFailure('uploadMissing', 'There is no archive waiting to be imported under this id. Choose the file again.');
    return entry;
  }

  discard(uploadId: string): boolean {
    const entry = this.staged.get(uploadId);
    if (!entry) return false;
    this.staged.delete(uploadId);
    if (entry.owned) fs.rmSync(entry.file, { force: true });
    return true;
  }

  private start(fileName: string): StagedArchive {
    fs.mkdirSync(this.dir, { recursive: true });
    const uploadId = newId();
    const file = path.join(this.dir, `upload-${uploadId}.letterdesk`);
    fs.writeFileSync(file, new Uint8Array(0), { mode: 0o600 });
    const entry: StagedArchive = { uploadId, fileName: path.basename(fileName), file, bytes: 0, complete: false, encrypted: false, owned: true };
    this.remember(entry);
    return entry;
  }

  private remember(entry: StagedArchive): void {
    while (this.staged.size >= MAX_STAGED) this.discard(this.staged.keys().next().value!);
    this.staged.set(entry.uploadId, entry);
  }
}

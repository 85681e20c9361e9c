import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { ApiFailure } from '../../../shared/api/errors';
import { MAX_ATTACHMENT_BYTES, type AttachmentInfo, type AttachmentMime, type AttachmentUpload } from '../../../shared/tracking/schemas';
import type { Db } from '../db/database';
import { newId, nowIso } from '../db/ids';

/*
 * Files attached to contact events (a reply's scan, a delivery receipt),
 * stored in the workspace database (table `attachments`, migration 5) so they
 * travel and are backed up with the log. Only types Letterdesk can show are
 * kept, recognised by their first bytes, never by the file name.
 */

export interface PreparedAttachment {
  fileName: string;
  mime: AttachmentMime;
  size: number;
  sha256: string;
  data: Buffer;
}

const PATH = ['attachment', 'contentBase64'];
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function isDocx(bytes: Buffer): boolean {
  const names: string[] = [];
  try {
    // The filter sees every entry's name and returns false, so nothing is inflated.
    unzipSync(bytes, { filter: (file) => (names.push(file.name), false) });
  } catch {
    return false;
  }
  return names.includes('word/document.xml') && names.includes('[Content_Types].xml');
}

/** The type of a file by its first bytes, or null when Letterdesk cannot show it. */
export function detectAttachmentMime(bytes: Buffer): AttachmentMime | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) && isDocx(bytes)) {
    return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  }
  return null;
}

/** Checks a file's size and type; throws ApiFailure with a plain message when it cannot be kept. */
export function prepareAttachment(fileName: string, data: Buffer): PreparedAttachment {
  const name = fileName.split(/[\\/]/).pop()!.trim().slice(0, 255) || 'attachment';
  if (data.length === 0) throw new ApiFailure('invalid_input', `"${name}" is empty.`, [{ path: PATH, code: 'required' }]);
  if (data.length > MAX_ATTACHMENT_BYTES) {
    throw new ApiFailure(
      'invalid_input',
      `"${name}" is ${megabytes(data.length)}; an attachment can be at most 50 MB. Scan it at a lower resolution or attach fewer pages.`,
      [{ path: PATH, code: 'attachmentTooLarge' }],
    );
  }
  const mime = detectAttachmentMime(data);
  if (!mime) {
    throw new ApiFailure(
      'invalid_input',
      `"${name}" is not a PDF, Word (DOCX), PNG or JPEG file, so Letterdesk could not show it. Save it as PDF and attach that.`,
      [{ path: PATH, code: 'attachmentType' }],
    );
  }
  return { fileName: name, mime, size: data.length, sha256: createHash('sha256').update(data).digest('hex'), data };
}

export function decodeAttachment(upload: AttachmentUpload): PreparedAttachment {
  return prepareAttachment(upload.fileName, Buffer.from(upload.contentBase64, 'base64'));
}

/** Stores a checked file for an event. Call inside the event's transaction. */
export function storeAttachment(db: Db, eventId: string, file: PreparedAttachment): string {
  const id = newId();
  const at = nowIso();
  db.prepare('INSERT INTO attachments (id, event_id, file_name, mime, size, sha256, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    id,
    eventId,
    file.fileName,
    file.mime,
    file.size,
    file.sha256,
    file.data,
    at,
    at,
  );
  return id;
}

/** Attachment descriptions (no bytes) of the events an SQL condition on `e` selects, by event id. */
export function attachmentsByEvent(db: Db, where: string, params: unknown[]): Map<string, AttachmentInfo[]> {
  const rows = db
    .prepare(
      `SELECT a.id, a.event_id AS eventId, a.file_name AS fileName, a.mime, a.size
       FROM attachments a JOIN contact_events e ON e.id = a.event_id JOIN recipients r ON r.id = e.recipient_id
       WHERE ${where} ORDER BY a.created_at, a.id`,
    )
    .all(...params) as (AttachmentInfo & { eventId: string })[];
  const map = new Map<string, AttachmentInfo[]>();
  for (const { eventId, ...info } of rows) {
    const list = map.get(eventId);
    if (list) list.push(info);
    else map.set(eventId, [info]);
  }
  return map;
}

export function getAttachment(db: Db, id: string): (AttachmentInfo & { eventId: string; sha256: string; data: Buffer }) | undefined {
  return db.prepare('SELECT id, event_id AS eventId, file_name AS fileName, mime, size, sha256, data FROM attachments WHERE id = ?').get(id) as
    (AttachmentInfo & { eventId: string; sha256: string; data: Buffer }) | undefined;
}

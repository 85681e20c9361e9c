import zlib from 'node:zlib';
import sharp from 'sharp';
import type { OperationOutput } from '../../../shared/api/contract';
import type { DomainOperationName } from '../../../shared/api/operations';
import { callHandler } from '../../helpers/call-handler';
import { senderHandlers } from '../../../electron/core/senders/handlers';
import type { Db } from '../../../electron/core/db/database';
import { newId, nowIso } from '../../../electron/core/db/ids';
import type { Workspace } from '../../../electron/core/workspace/workspace';

/** A PNG encoded by sharp from raw pixels: fully transparent left half, half-transparent blue right half. */
export function makePng(width: number, height: number): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = Math.floor(width / 2); x < width; x++) pixels.set([20, 40, 200, 128], (y * width + x) * 4);
  }
  return sharp(pixels, { raw: { width, height, channels: 4 } })
    .png()
    .toBuffer();
}

/** A JPEG drawn by sharp, optionally with an EXIF orientation tag. */
export function makeJpeg(width: number, height: number, orientation?: number): Promise<Buffer> {
  const image = sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 30 } } }).jpeg({ quality: 80 });
  return (orientation ? image.withMetadata({ orientation }) : image).toBuffer();
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid-looking PNG of a few hundred bytes whose header claims width × height pixels. */
export function pngBomb(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', zlib.deflateSync(Buffer.alloc(4096))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Calls a sender operation as dispatch does (input parsed, output checked). */
export function callSender<K extends DomainOperationName<'senders'>>(workspace: Workspace, name: K, input: unknown = {}): Promise<OperationOutput<K>> {
  return callHandler(senderHandlers(workspace), name, input);
}

/** A template and a campaign, written with SQL: the campaigns code is not ours to call. */
export function insertCampaign(db: Db, name: string): string {
  const at = nowIso();
  const templateId = newId();
  const campaignId = newId();
  db.prepare(`INSERT INTO templates (id, name, kind, default_language, paper_size, created_at, updated_at) VALUES (?, ?, 'letter', 'en', 'A4', ?, ?)`).run(
    templateId,
    `Template for ${name}`,
    at,
    at,
  );
  db.prepare(
    `INSERT INTO campaigns (id, name, template_id, letter_date, reference_prefix, created_at, updated_at) VALUES (?, ?, ?, '2026-11-22', 'HRL', ?, ?)`,
  ).run(campaignId, name, templateId, at, at);
  return campaignId;
}

export function linkToCampaign(db: Db, table: 'campaign_signers' | 'campaign_endorsers', campaignId: string, id: string): void {
  const column = table === 'campaign_signers' ? 'signer_id' : 'endorser_id';
  const at = nowIso();
  db.prepare(`INSERT INTO ${table} (id, campaign_id, ${column}, position, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)`).run(
    newId(),
    campaignId,
    id,
    at,
    at,
  );
}

export const activityFor = (db: Db, entityType: string) =>
  db.prepare('SELECT action, entity_id AS entityId, summary FROM activity_log WHERE entity_type = ? ORDER BY seq').all(entityType) as {
    action: string;
    entityId: string | null;
    summary: string;
  }[];

export const imageCount = (db: Db) => db.prepare('SELECT count(*) FROM images').pluck().get() as number;

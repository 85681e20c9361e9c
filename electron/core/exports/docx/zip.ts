import { deflateRawSync } from 'node:zlib';

/*
 * A minimal ZIP writer for .docx packages. fflate's zipSync deflates every
 * part again for each letter (~2 ms); here the parts every letter shares
 * (styles, theme, settings…) are deflated once and their bytes reused, pictures
 * are stored as they are (PNG and JPEG are compressed already), and the rest is
 * deflated by Node's zlib, several times faster than JavaScript.
 */

export interface ZipEntry {
  name: Uint8Array;
  /** The bytes as written: deflated (method 8) or stored (method 0). */
  data: Uint8Array;
  method: 0 | 8;
  crc: number;
  size: number;
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

const encoder = new TextEncoder();

/** Small parts are stored: deflating a few hundred bytes saves little and costs a call into zlib. */
const STORE_BELOW = 1024;

/**
 * Parts that recur from letter to letter (footers, letterhead, numbering…),
 * deflated once, by their XML; the oldest dropped past a few hundred, and
 * large parts (those of a combined file) never kept.
 */
const recurring = new Map<string, ZipEntry>();
const RECURRING_MAX = 256;
const RECURRING_LARGEST = 32_768;

/** An XML part, deflated at a fast level; `recurs` when the same part is likely in other letters, to deflate it only once. */
export function xmlEntry(name: string, xml: string, recurs = false): ZipEntry {
  const keep = recurs && xml.length <= RECURRING_LARGEST;
  const known = keep ? recurring.get(xml) : undefined;
  if (known) return { ...known, name: encoder.encode(name) };
  const bytes = encoder.encode(xml);
  const entry = bytesEntry(name, bytes, bytes.length >= STORE_BELOW);
  if (keep) {
    if (recurring.size >= RECURRING_MAX) recurring.delete(recurring.keys().next().value!);
    recurring.set(xml, entry);
  }
  return entry;
}

export function bytesEntry(name: string, bytes: Uint8Array, deflate: boolean, crc = crc32(bytes)): ZipEntry {
  return {
    name: encoder.encode(name),
    data: deflate ? deflateRawSync(bytes, { level: 1 }) : bytes,
    method: deflate ? 8 : 0,
    crc,
    size: bytes.length,
  };
}

// The DOS date of 1980-01-01: parts carry no meaningful time, and the same letter zips to the same bytes.
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** The package: local headers and data, then the central directory. */
export function zip(entries: readonly ZipEntry[]): Uint8Array {
  let size = 22;
  for (const e of entries) size += 30 + 46 + 2 * e.name.length + e.data.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  const header = (e: ZipEntry, central: boolean) => {
    view.setUint32(at, central ? 0x02014b50 : 0x04034b50, true);
    at += 4;
    if (central) {
      view.setUint16(at, 20, true); // made by
      at += 2;
    }
    view.setUint16(at, 20, true); // version needed
    view.setUint16(at + 2, 0x0800, true); // UTF-8 names
    view.setUint16(at + 4, e.method, true);
    view.setUint16(at + 6, 0, true); // time
    view.setUint16(at + 8, DOS_DATE, true);
    view.setUint32(at + 10, e.crc, true);
    view.setUint32(at + 14, e.data.length, true);
    view.setUint32(at + 18, e.size, true);
    view.setUint16(at + 22, e.name.length, true);
    view.setUint16(at + 24, 0, true); // extra
    at += 26;
  };
  for (const e of entries) {
    offsets.push(at);
    header(e, false);
    out.set(e.name, at);
    at += e.name.length;
    out.set(e.data, at);
    at += e.data.length;
  }
  const directory = at;
  entries.forEach((e, i) => {
    header(e, true);
    // comment length, disk, internal and external attributes, then where the local header is
    view.setUint32(at + 10, offsets[i], true);
    at += 14;
    out.set(e.name, at);
    at += e.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return out;
}

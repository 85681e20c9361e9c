import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { unzipSync, zipSync } from 'fflate';
import { openDatabase, type Db } from '../../../electron/core/db/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEntries } from '../../../electron/core/archive/read-archive';
import { LATEST_VERSION } from '../../../electron/core/db/migrations';
import { makeTempDir, openTempWorkspace, type TempWorkspace } from '../../helpers/temp-workspace';
import { call, exportBytes, fileHash, populate, refusal, rowCounts, upload } from './archive-test-helpers';

/*
 * Hostile archives: each is refused with a clear message, by preview and by
 * apply, and the workspace's database is exactly as before (same file hash,
 * same rows), with no pre-import backup and nothing left in the work folder.
 */

let source: TempWorkspace;
let target: TempWorkspace;
let good: Buffer;
let encrypted: Buffer;
let scratch: string;

beforeAll(async () => {
  source = await openTempWorkspace();
  await populate(source);
  good = await exportBytes(source);
  encrypted = await exportBytes(source, 'correct horse battery');
  target = await openTempWorkspace();
  await call(target, 'recipients.create', { countryCode: 'ES', office: 'Presidente del Gobierno', name: 'Our Own' });
  scratch = makeTempDir();
});
afterAll(() => {
  source.cleanup();
  target.cleanup();
  fs.rmSync(scratch, { recursive: true, force: true });
});

function entriesOf(bytes: Buffer): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

/** The good archive with its database changed by `change`, and the manifest made to match (hash, counts, version). */
function withDatabase(change: (db: Db) => void, manifestChange: (m: Record<string, unknown>) => void = () => undefined): Buffer {
  const files = entriesOf(good);
  const file = path.join(scratch, `db-${Math.random()}.sqlite`);
  fs.writeFileSync(file, files['workspace.sqlite']);
  const db = openDatabase(file);
  change(db);
  db.close();
  const bytes = fs.readFileSync(file);
  const manifest = JSON.parse(Buffer.from(files['manifest.json']).toString('utf8'));
  manifest.entries = [{ name: 'workspace.sqlite', bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }];
  manifestChange(manifest);
  return Buffer.from(zipSync({ 'manifest.json': Buffer.from(JSON.stringify(manifest)), 'workspace.sqlite': bytes }));
}

async function expectRefused(bytes: Buffer, issue: string, message: RegExp, passphrase: string | null = null): Promise<void> {
  const before = { hash: fileHash(target.dir), rows: rowCounts(target.workspace.db()) };
  const backupsBefore = fs.existsSync(path.join(target.dir, 'backups')) ? fs.readdirSync(path.join(target.dir, 'backups')) : [];
  const { uploadId } = await upload(target, bytes);
  for (const name of ['archive.preview', 'archive.apply']) {
    const refused = await refusal(target, name, { uploadId, passphrase });
    expect(refused.issues, `${name}: ${refused.message}`).toEqual([issue]);
    expect(refused.message).toMatch(message);
    expect(refused.code).not.toBe('internal');
  }
  expect(fileHash(target.dir)).toBe(before.hash);
  expect(rowCounts(target.workspace.db())).toEqual(before.rows);
  const backupsAfter = fs.existsSync(path.join(target.dir, 'backups')) ? fs.readdirSync(path.join(target.dir, 'backups')) : [];
  expect(backupsAfter).toEqual(backupsBefore);
  expect(fs.readdirSync(path.join(target.dir, 'archive-work')).filter((f) => !f.startsWith('upload-'))).toEqual([]);
  await call(target, 'archive.discard', { uploadId });
}

describe('hostile archives are refused and change nothing', () => {
  it('not a zip', async () => {
    await expectRefused(Buffer.from('%PDF-1.4 this is a letter, not an archive'), 'notAnArchive', /not a Letterdesk archive/);
  });

  it('a zip that is not an archive', async () => {
    await expectRefused(Buffer.from(zipSync({ 'letter.txt': Buffer.from('hello') })), 'unsafe', /never writes/);
  });

  it('truncated', async () => {
    await expectRefused(good.subarray(0, Math.floor(good.length / 2)), 'damaged', /damaged or incomplete/);
  });

  it('a zip bomb (ratio over 100:1)', async () => {
    const zeros = Buffer.alloc(120 * 1024 * 1024);
    const bomb = Buffer.from(zipSync({ 'manifest.json': Buffer.from('{}'), 'workspace.sqlite': [zeros, { level: 9 }] }));
    expect(bomb.length).toBeLessThan(zeros.length / 100);
    await expectRefused(bomb, 'zipBomb', /grow more than 100 times/);
  });

  it('more than 200 MB unpacked, judged from the directory before inflating anything', () => {
    const entries = [
      { name: 'manifest.json', compressedSize: 500, size: 1000, compression: 8 },
      { name: 'workspace.sqlite', compressedSize: 190 * 1024 * 1024, size: 201 * 1024 * 1024, compression: 8 },
    ];
    expect(() => checkEntries(entries, 191 * 1024 * 1024)).toThrow(/more than the 200 MB allowed/);
  });

  it('a path that climbs out of the folder', async () => {
    const files = entriesOf(good);
    const evil = Buffer.from(
      zipSync({ 'manifest.json': files['manifest.json'], 'workspace.sqlite': files['workspace.sqlite'], '../../evil.sh': Buffer.from('rm -rf ~') }),
    );
    await expectRefused(evil, 'unsafe', /unsafe name/);
  });

  it("a database entry that does not match the manifest's SHA-256", async () => {
    const files = entriesOf(good);
    const db = Buffer.from(files['workspace.sqlite']);
    const at = db.indexOf(Buffer.from('Ana P'));
    db[at] = 'E'.charCodeAt(0);
    await expectRefused(Buffer.from(zipSync({ 'manifest.json': files['manifest.json'], 'workspace.sqlite': db })), 'tampered', /does not match its manifest/);
  });

  it('a database from a newer Letterdesk', async () => {
    const newer = withDatabase(
      (db) => db.pragma(`user_version = ${LATEST_VERSION + 1}`),
      (m) => (m.schemaVersion = LATEST_VERSION + 1),
    );
    await expectRefused(newer, 'newerSchema', /newer version of Letterdesk .*Update Letterdesk/);
  });

  it('a newer archive format', async () => {
    await expectRefused(
      withDatabase(
        () => undefined,
        (m) => (m.formatVersion = 2),
      ),
      'newerFormat',
      /newer version of Letterdesk/,
    );
  });

  it('a database with a trigger Letterdesk never creates', async () => {
    const altered = withDatabase((db) => db.exec('CREATE TRIGGER evil AFTER INSERT ON settings BEGIN DELETE FROM recipients; END'));
    await expectRefused(altered, 'tampered', /does not have the structure Letterdesk writes/);
  });

  it('row counts that disagree with the manifest', async () => {
    const altered = withDatabase((db) => db.prepare('DELETE FROM facts').run());
    await expectRefused(altered, 'tampered', /the manifest counts 1 rows in facts/);
  });

  it('an encrypted archive without its passphrase, with a wrong one, and changed after encryption', async () => {
    await expectRefused(encrypted, 'passphraseNeeded', /encrypted: enter its passphrase/);
    await expectRefused(encrypted, 'wrongPassphrase', /passphrase is not the one/, 'wrong horse battery');
    const changed = Buffer.from(encrypted);
    changed[changed.length - 100] ^= 0x01;
    await expectRefused(changed, 'tampered', /changed or damaged after it was written/, 'correct horse battery');
    const cut = encrypted.subarray(0, 60);
    await expectRefused(cut, 'damaged', /damaged or incomplete/, 'correct horse battery');
  });
});

describe('encrypted archives', () => {
  it('say so in a clear header, hide the data, and import with the right passphrase', async () => {
    expect(encrypted.subarray(0, 29).toString('ascii')).toBe('LETTERDESK ENCRYPTED ARCHIVE\n');
    expect(encrypted.includes(Buffer.from('Ana P'))).toBe(false);
    expect(encrypted.includes(Buffer.from('manifest.json'))).toBe(false);
    const fresh = await openTempWorkspace();
    try {
      const { uploadId, encrypted: flagged } = await upload(fresh, encrypted);
      expect(flagged).toBe(true);
      const preview = await call<{ archive: { encrypted: boolean } }>(fresh, 'archive.preview', { uploadId, passphrase: 'correct horse battery' });
      expect(preview.archive.encrypted).toBe(true);
      await call(fresh, 'archive.apply', { uploadId, passphrase: 'correct horse battery', mode: 'replace' });
      expect((await call<{ total: number }>(fresh, 'recipients.list', { search: 'perez' })).total).toBe(1);
    } finally {
      fresh.cleanup();
    }
  });

  it('an older archive is migrated in its copy before the merge', async () => {
    // An archive written at schema 5: a fresh database migrated only that far, with one recipient.
    const { MIGRATIONS } = await import('../../../electron/core/db/migrations');
    const { migrate } = await import('../../../electron/core/db/migrate');
    const file = path.join(scratch, 'old.sqlite');
    const db = openDatabase(file);
    migrate(db, MIGRATIONS.slice(0, 5));
    db.prepare(
      "INSERT INTO recipients (id, country_code, office, name, name_key, gender, language, created_at, updated_at) VALUES ('0190f2c0-0000-7000-8000-000000000001', 'KE', 'President', 'Old Archive', 'old archive', 'male', 'en', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')",
    ).run();
    const counts = Object.fromEntries(
      (
        db
          .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'recipients_fts%'")
          .pluck()
          .all() as string[]
      ).map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]),
    );
    db.close();
    const bytes = fs.readFileSync(file);
    const manifest = {
      format: 'letterdesk-archive',
      formatVersion: 1,
      appVersion: '0.0.9',
      schemaVersion: 5,
      createdAt: '2025-01-02T00:00:00.000Z',
      counts,
      entries: [{ name: 'workspace.sqlite', bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }],
    };
    const archive = Buffer.from(zipSync({ 'manifest.json': Buffer.from(JSON.stringify(manifest)), 'workspace.sqlite': bytes }));
    const { uploadId } = await upload(target, archive);
    const applied = await call<{ report: { tables: { table: string; added: number }[] } }>(target, 'archive.apply', { uploadId });
    expect(applied.report.tables.find((t) => t.table === 'recipients')!.added).toBe(1);
    expect((await call<{ total: number }>(target, 'recipients.list', { search: 'old archive' })).total).toBe(1);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { tempWorkspacesRemovedAfterEach } from '../../helpers/workspace-per-test';
import { LATEST_VERSION } from '../../../electron/core/db/migrations';
import { call, dumpTables, exportBytes, populate, PDF, rowCounts, upload } from './archive-test-helpers';

const workspace = tempWorkspacesRemovedAfterEach();

describe('moving a workspace to another laptop', () => {
  it('writes a zip with a manifest (versions, counts, SHA-256) and the database', async () => {
    const source = await workspace();
    await populate(source);
    const bytes = await exportBytes(source);
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(['manifest.json', 'workspace.sqlite']);
    const manifest = JSON.parse(Buffer.from(files['manifest.json']).toString('utf8'));
    expect(manifest).toMatchObject({ format: 'letterdesk-archive', formatVersion: 1, schemaVersion: LATEST_VERSION, appVersion: expect.any(String) });
    expect(manifest.counts).toMatchObject({ recipients: 2, attachments: 1, images: 2, campaigns: 1, contact_events: expect.any(Number) });
    expect(manifest.entries[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    // Nothing left behind in the work folder.
    expect(fs.readdirSync(path.join(source.dir, 'archive-work'))).toEqual([]);
  });

  it('into an empty workspace keeps every row, attachment and image byte for byte', async () => {
    const source = await workspace();
    const made = await populate(source);
    const before = dumpTables(source.workspace.db());
    const bytes = await exportBytes(source);

    const target = await workspace();
    const { uploadId, encrypted } = await upload(target, bytes);
    expect(encrypted).toBe(false);
    const preview = await call<{ workspaceEmpty: boolean; report: { totals: { added: number } } }>(target, 'archive.preview', { uploadId });
    expect(preview.workspaceEmpty).toBe(true);
    expect(preview.report.totals.added).toBe(Object.values(rowCounts(source.workspace.db())).reduce((a, b) => a + b, 0));
    const applied = await call<{ mode: string; undoBackup: string }>(target, 'archive.apply', { uploadId, mode: 'replace' });
    expect(applied.mode).toBe('replace');
    expect(applied.undoBackup).toMatch(/^pre-import-/);

    expect(dumpTables(target.workspace.db())).toEqual(before);
    const attachment = target.workspace.db().prepare('SELECT data FROM attachments').pluck().get() as Buffer;
    expect(attachment.equals(PDF)).toBe(true);
    // The search index was rebuilt with the database: the moved recipients are found.
    const found = await call<{ total: number }>(target, 'recipients.list', { search: 'perez' });
    expect(found.total).toBe(1);
    const campaign = await call<{ name: string }>(target, 'campaigns.get', { id: made.campaignId });
    expect(campaign.name).toBe('Prisoners 2026');
  });

  it('merged into a fresh workspace, every row of the archive arrives by id, attachments byte for byte', async () => {
    const source = await workspace();
    await populate(source);
    const theirs = dumpTables(source.workspace.db(), { withoutSeq: true });
    const target = await workspace();
    const { uploadId } = await upload(target, await exportBytes(source));
    const applied = await call<{ report: { totals: { conflicts: number } } }>(target, 'archive.apply', { uploadId, mode: 'merge' });
    expect(applied.report.totals.conflicts).toBe(0);
    const ours = dumpTables(target.workspace.db(), { withoutSeq: true });
    // Example templates exist in both under other ids; the fresh ones are newer and are kept.
    for (const table of ['recipients', 'facts', 'images', 'signers', 'endorsers', 'campaigns', 'drafts', 'contact_events', 'attachments']) {
      for (const row of theirs[table]) expect(ours[table], `${table} ${String(row.id)}`).toContainEqual({ ...row, ...remapped(table, row, theirs, ours) });
    }
    const found = await call<{ total: number }>(target, 'recipients.list', { search: 'dupont' });
    expect(found.total).toBe(1);
  });

  it('an export to a file goes through .part and leaves nothing when it fails', async () => {
    const source = await workspace();
    const { writeArchiveFile } = await import('../../../electron/core/archive/write-archive');
    const target = path.join(source.dir, 'out', 'missing-folder', 'x.letterdesk');
    await expect(writeArchiveFile(source.workspace, target, { passphrase: null })).rejects.toThrow(/Could not write the archive/);
    expect(fs.existsSync(`${target}.part`)).toBe(false);
    const good = path.join(source.dir, 'good.letterdesk');
    const written = await writeArchiveFile(source.workspace, good, { passphrase: null });
    expect(fs.statSync(good).size).toBe(written.bytes);
    expect(fs.readdirSync(source.dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });
});

/**
 * Their campaign points at their example template, which the fresh workspace
 * holds under its own id: the merged campaign points at ours.
 */
function remapped(
  table: string,
  row: Record<string, unknown>,
  theirs: Record<string, Record<string, unknown>[]>,
  ours: Record<string, Record<string, unknown>[]>,
): Record<string, unknown> {
  if (table !== 'campaigns') return {};
  const theirTemplate = theirs.templates.find((t) => t.id === row.template_id);
  const ourTemplate = ours.templates.find((t) => t.example_key === theirTemplate?.example_key);
  return { template_id: ourTemplate?.id };
}

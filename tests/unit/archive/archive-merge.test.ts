import { describe, expect, it } from 'vitest';
import type { MergeReport } from '../../../shared/archive/schemas';
import { type TempWorkspace } from '../../helpers/temp-workspace';
import { tempWorkspacesRemovedAfterEach } from '../../helpers/workspace-per-test';
import { call, dumpTables, exportBytes, populate, upload, type Populated } from './archive-test-helpers';

const workspace = tempWorkspacesRemovedAfterEach();

/** Two workspaces holding the same data under the same ids: a colleague's copy and yours. */
async function twins(): Promise<{ theirs: TempWorkspace; ours: TempWorkspace; made: Populated }> {
  const theirs = await workspace();
  const made = await populate(theirs);
  const ours = await workspace();
  const { uploadId } = await upload(ours, await exportBytes(theirs));
  await call(ours, 'archive.apply', { uploadId, mode: 'replace' });
  return { theirs, ours, made };
}

async function importInto(ours: TempWorkspace, theirs: TempWorkspace): Promise<{ preview: MergeReport; report: MergeReport; undoBackup: string }> {
  const { uploadId } = await upload(ours, await exportBytes(theirs));
  const before = dumpTables(ours.workspace.db());
  const preview = await call<{ workspaceEmpty: boolean; report: MergeReport }>(ours, 'archive.preview', { uploadId });
  expect(preview.workspaceEmpty).toBe(false);
  // The preview writes nothing.
  expect(dumpTables(ours.workspace.db())).toEqual(before);
  const applied = await call<{ report: MergeReport; undoBackup: string }>(ours, 'archive.apply', { uploadId });
  return { preview: preview.report, report: applied.report, undoBackup: applied.undoBackup };
}

const counts = (report: MergeReport, table: string) => report.tables.find((t) => t.table === table)!;
const db = (t: TempWorkspace) => t.workspace.db();
const later = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

describe("importing a colleague's archive into your workspace", () => {
  it('takes their newer rows, keeps your newer rows, and reports both', async () => {
    const { theirs, ours, made } = await twins();
    const [ana, jean] = made.recipientIds;
    // They edit Jean and the template; you edit Ana and the campaign, later.
    await call(theirs, 'recipients.update', { id: jean, fields: { countryCode: 'FR', office: 'Premier ministre', name: 'Jean Martin', tags: ['eu', 'new'] } });
    await call(theirs, 'templates.update', {
      id: made.templateId,
      fields: { name: 'Coalition letter (theirs)', kind: 'letter', defaultLanguage: 'en', paperSize: 'A4' },
    });
    await later();
    await call(ours, 'recipients.update', {
      id: ana,
      fields: { countryCode: 'CL', office: 'Presidenta de la República', name: 'Ana Pérez Soto', gender: 'female', language: 'es', tags: ['americas'] },
    });
    await call(ours, 'campaigns.update', { id: made.campaignId, fields: { name: 'Prisoners 2026 (ours)', letterDate: '2026-03-01' } });

    const { preview, report } = await importInto(ours, theirs);
    expect(preview).toEqual(report);
    expect(counts(report, 'recipients')).toMatchObject({ updated: 1, keptLocal: 1, added: 0, conflicts: 0 });
    expect(counts(report, 'templates')).toMatchObject({ updated: 1 });
    expect(counts(report, 'campaigns')).toMatchObject({ keptLocal: 1 });

    const jeanNow = await call<{ name: string; tags: string[] }>(ours, 'recipients.get', { id: jean });
    expect(jeanNow).toMatchObject({ name: 'Jean Martin', tags: ['eu', 'new'] });
    expect((await call<{ name: string; tags: string[] }>(ours, 'recipients.get', { id: ana })).name).toBe('Ana Pérez Soto');
    expect((await call<{ name: string }>(ours, 'campaigns.get', { id: made.campaignId })).name).toBe('Prisoners 2026 (ours)');
    // The search index follows the merged recipient.
    expect((await call<{ total: number }>(ours, 'recipients.list', { search: 'martin' })).total).toBe(1);
    expect((await call<{ total: number }>(ours, 'recipients.list', { tag: 'new' })).total).toBe(1);

    const kept = report.notes.find((n) => n.kind === 'theirsOlder' && n.table === 'recipients')!;
    expect(kept.description).toMatch(/^Recipient 'Ana Pérez Soto' \(Chile\): kept yours from \d{4}-\d{2}-\d{2}; theirs was older \(\d{4}-\d{2}-\d{2}\)$/);
    // Named as you know it: your version is the one kept.
    expect(report.notes.some((n) => n.kind === 'theirsOlder' && n.table === 'campaigns' && n.label === "'Prisoners 2026 (ours)'")).toBe(true);
  });

  it('the same updated_at with different content is a conflict: yours kept', async () => {
    const { theirs, ours, made } = await twins();
    const at = '2030-01-01T00:00:00.000Z';
    db(theirs).prepare('UPDATE recipients SET notes = ?, updated_at = ? WHERE id = ?').run('their note', at, made.recipientIds[0]);
    db(ours).prepare('UPDATE recipients SET notes = ?, updated_at = ? WHERE id = ?').run('our note', at, made.recipientIds[0]);
    db(theirs).prepare('UPDATE templates SET name = ?, updated_at = ? WHERE id = ?').run('Theirs', at, made.templateId);
    db(ours).prepare('UPDATE templates SET name = ?, updated_at = ? WHERE id = ?').run('Ours', at, made.templateId);

    const { report } = await importInto(ours, theirs);
    expect(counts(report, 'recipients').conflicts).toBe(1);
    expect(counts(report, 'templates').conflicts).toBe(1);
    expect(db(ours).prepare('SELECT notes FROM recipients WHERE id = ?').pluck().get(made.recipientIds[0])).toBe('our note');
    const conflict = report.notes.find((n) => n.kind === 'bothChanged' && n.table === 'recipients')!;
    expect(conflict.description).toBe("Recipient 'Ana Pérez' (Chile): both changed at the same time (2030-01-01) with different content; kept yours");
    // Conflicts come before the rows kept because theirs was older.
    expect(report.notes[0].kind).toBe('bothChanged');
  });

  it('contact events and attachments are a union by id', async () => {
    const { theirs, ours, made } = await twins();
    const [ana, jean] = made.recipientIds;
    await call(theirs, 'tracking.record', { campaignId: made.campaignId, recipientId: jean, kind: 'sent', occurredOn: '2026-03-02', channel: 'post' });
    await call(ours, 'tracking.record', { campaignId: made.campaignId, recipientId: ana, kind: 'sent', occurredOn: '2026-03-03', channel: 'email' });
    const theirEvents = db(theirs).prepare('SELECT id FROM contact_events').pluck().all() as string[];
    const ourEvents = db(ours).prepare('SELECT id FROM contact_events').pluck().all() as string[];

    const { report } = await importInto(ours, theirs);
    expect(counts(report, 'contact_events')).toMatchObject({ added: 1, conflicts: 0 });
    const merged = db(ours).prepare('SELECT id FROM contact_events').pluck().all() as string[];
    expect(new Set(merged)).toEqual(new Set([...theirEvents, ...ourEvents]));
    expect(counts(report, 'attachments')).toMatchObject({ unchanged: 1, added: 0 });
    const events = await call<{ kind: string; recipientId: string }[]>(ours, 'tracking.events', { campaignId: made.campaignId });
    expect(
      events
        .filter((e) => e.kind === 'sent')
        .map((e) => e.recipientId)
        .sort(),
    ).toEqual([ana, jean].sort());
  });

  it('a reference both of you gave to different letters is reported, not a failure; the event on it keeps everything but the link', async () => {
    const { theirs, ours, made } = await twins();
    // Each of you adds a different recipient to the campaign: both drafts get the next reference.
    const them = await call<{ id: string }>(theirs, 'recipients.create', { countryCode: 'PE', office: 'Presidente', name: 'Luis Ramos' });
    await call(theirs, 'campaigns.addRecipients', { id: made.campaignId, recipients: { by: 'ids', ids: [them.id] } });
    await call(theirs, 'tracking.record', { campaignId: made.campaignId, recipientId: them.id, kind: 'sent', occurredOn: '2026-03-05', channel: 'post' });
    const us = await call<{ id: string }>(ours, 'recipients.create', { countryCode: 'AR', office: 'Presidente', name: 'Marta Díaz' });
    await call(ours, 'campaigns.addRecipients', { id: made.campaignId, recipients: { by: 'ids', ids: [us.id] } });
    const theirRef = db(theirs).prepare('SELECT reference FROM drafts WHERE recipient_id = ?').pluck().get(them.id);
    expect(db(ours).prepare('SELECT reference FROM drafts WHERE recipient_id = ?').pluck().get(us.id)).toBe(theirRef);

    const { report } = await importInto(ours, theirs);
    expect(counts(report, 'recipients').added).toBe(1);
    expect(counts(report, 'drafts').conflicts).toBe(1);
    const clash = report.notes.find((n) => n.kind === 'clash')!;
    expect(clash.description).toBe(`Draft ${String(theirRef)} to 'Luis Ramos' (Peru): not imported; its reference is already used by another of yours`);
    const event = db(ours).prepare("SELECT draft_id, campaign_id FROM contact_events WHERE recipient_id = ? AND kind = 'sent'").get(them.id) as {
      draft_id: string | null;
      campaign_id: string;
    };
    expect(event).toEqual({ draft_id: null, campaign_id: made.campaignId });
    expect(report.notes.some((n) => n.kind === 'unlinked' && n.table === 'contact_events')).toBe(true);
  });

  it('undo: restoring the pre-import backup brings back the workspace as it was', async () => {
    const { theirs, ours, made } = await twins();
    await call(theirs, 'recipients.update', { id: made.recipientIds[1], fields: { countryCode: 'FR', office: 'Premier ministre', name: 'Jean Martin' } });
    await call(theirs, 'recipients.create', { countryCode: 'PE', office: 'Presidente', name: 'Luis Ramos' });
    const before = dumpTables(db(ours));
    const { undoBackup } = await importInto(ours, theirs);
    expect(dumpTables(db(ours))).not.toEqual(before);
    await call(ours, 'backups.restore', { name: undoBackup });
    expect(dumpTables(db(ours))).toEqual(before);
    expect((await call<{ total: number }>(ours, 'recipients.list', { search: 'ramos' })).total).toBe(0);
  });

  it('replacing is only for an empty workspace', async () => {
    const { theirs, ours } = await twins();
    const { uploadId } = await upload(ours, await exportBytes(theirs));
    const result = await (await import('../../../electron/core/api/dispatch')).dispatch(ours.handlers, 'archive.apply', { uploadId, mode: 'replace' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/only be merged into it/);
  });
});

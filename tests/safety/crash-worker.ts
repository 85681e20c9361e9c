import fs from 'node:fs';
import { createHandlers } from '../../electron/core/api/create-handlers';
import { dispatch } from '../../electron/core/api/dispatch';
import { recordExport, renderCampaign } from '../../electron/core/exports/export-campaign';
import { Workspace } from '../../electron/core/workspace/workspace';
import type { CampaignSummary } from '../../shared/campaigns/schemas';
import type { Recipient } from '../../shared/recipients/schemas';
import { recipientFieldsSchema } from '../../shared/recipients/schemas';
import type { Template, TemplateSummary } from '../../shared/templates/schemas';

/*
 * Child process for the crash-safety test (tests/unit/safety/crash-safety.test.ts).
 * Opens the workspace given on the command line and loops doing real work
 * through dispatch until the parent kills it with SIGKILL. Every operation is
 * journalled twice, fsync'd: `begin ...` before it starts and `done ...` once
 * it reported success, so the parent knows what must be there (done) and what
 * may be there, but only whole (begun, never confirmed).
 *
 * Usage: node --import tsx tests/safety/crash-worker.ts <dataDir> <journal> <run>
 */

const [dataDir, journalPath, runArg] = process.argv.slice(2);
if (!dataDir || !journalPath || !runArg) throw new Error('usage: crash-worker <dataDir> <journal> <run>');
const run = Number(runArg);

const journalFd = fs.openSync(journalPath, 'a');
function journal(line: string): void {
  fs.writeSync(journalFd, `${line}\n`);
  fs.fsyncSync(journalFd);
}

const COUNTRIES = ['FR', 'DE', 'ES', 'IT', 'NL', 'BE', 'PT', 'SE', 'PL', 'AT', 'GB', 'JP', 'BR', 'KE', 'IN'];
const FIELD_KEYS = Object.keys(recipientFieldsSchema.shape) as (keyof typeof recipientFieldsSchema.shape)[];

function csvFor(tag: string, rows: number): string {
  const lines = ['Country,Office,Name,Tags'];
  for (let i = 0; i < rows; i++) {
    // Names unique per batch so an import only ever creates (never updates older rows).
    lines.push(`${COUNTRIES[i % COUNTRIES.length]},Minister of Example Affairs ${i},Person ${tag} ${i},${tag}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

async function main(): Promise<void> {
  const workspace = await Workspace.open({ dataDir });
  if (workspace.status().state !== 'ready') throw new Error(`workspace not ready: ${JSON.stringify(workspace.status())}`);
  const handlers = createHandlers(workspace);
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const result = await dispatch(handlers, name, input);
    if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
    return result.data as T;
  };

  const templates = await call<TemplateSummary[]>('templates.list', {});
  const letter = templates.find((x) => x.kind === 'letter') ?? templates[0];
  if (!letter) throw new Error('no template to work with');
  const template = await call<Template>('templates.get', { id: letter.id });
  const variant = template.variants[0];

  // The parent starts the kill timer on this signal, not on spawn (tsx start-up varies).
  process.stdout.write('ready\n');

  const lastBatch: string[] = [];
  for (let op = 0; ; op++) {
    const step = op % 5;
    const key = `r${run}-${op}`;
    if (step === 0 || lastBatch.length === 0) {
      const tag = `batch-${key}`;
      const rows = 200 + ((op * 37) % 301);
      journal(`begin import ${tag} rows=${rows}`);
      const csv = csvFor(tag, rows);
      await call('recipients.importCsv', { fileName: `${tag}.csv`, contentBase64: Buffer.from(csv).toString('base64'), commit: true });
      journal(`done import ${tag} rows=${rows}`);
      lastBatch.splice(0, lastBatch.length, tag);
    } else if (step === 1) {
      const ids = workspace.db().prepare('SELECT recipient_id FROM recipient_tags WHERE tag = ? LIMIT 3').pluck().all(lastBatch[0]) as string[];
      for (const id of ids) {
        const current = await call<Recipient>('recipients.get', { id });
        const fields = Object.fromEntries(FIELD_KEYS.map((k) => [k, current[k]]));
        const notes = `edit-${key}-${id.slice(-6)}`;
        journal(`begin edit ${id} notes=${notes}`);
        await call('recipients.update', { id, fields: { ...fields, notes } });
        journal(`done edit ${id} notes=${notes}`);
      }
    } else if (step === 2) {
      const title = `save-${key}`;
      journal(`begin save ${template.id} ${variant.language} title=${title}`);
      await call('templates.saveVariant', { templateId: template.id, language: variant.language, title, document: variant.document });
      journal(`done save ${template.id} ${variant.language} title=${title}`);
    } else if (step === 3) {
      const ids = workspace.db().prepare('SELECT recipient_id FROM recipient_tags WHERE tag = ? LIMIT 4').pluck().all(lastBatch[0]) as string[];
      const name = `camp-${key}`;
      journal(`begin campaign ${name} drafts=${ids.length}`);
      await call<CampaignSummary>('campaigns.create', {
        name,
        templateId: template.id,
        letterDate: '2026-01-15',
        referencePrefix: 'CRASH',
        recipients: { by: 'ids', ids },
      });
      journal(`done campaign ${name} drafts=${ids.length}`);
    } else {
      const campaignId = workspace.db().prepare('SELECT id FROM campaigns ORDER BY created_at DESC LIMIT 1').pluck().get() as string | undefined;
      if (!campaignId) continue;
      const output = await renderCampaign(workspace.db(), campaignId, { format: 'files', includeAttention: true });
      journal(`begin export ${campaignId} letters=${output.letters.length} op=${key}`);
      recordExport(workspace.db(), output, 'files');
      journal(`done export ${campaignId} letters=${output.letters.length} op=${key}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error('crash-worker failed:', error);
  process.exit(2);
});

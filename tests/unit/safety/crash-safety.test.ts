import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/core/api/create-handlers';
import { dispatch } from '../../../electron/core/api/dispatch';
import { Workspace } from '../../../electron/core/workspace/workspace';
import type { CampaignSummary } from '../../../shared/campaigns/schemas';
import type { Template } from '../../../shared/templates/schemas';
import { makeTempDir } from '../../helpers/temp-workspace';

/*
 * Kill -9 at a random moment, 100 times, on the same workspace: after each
 * kill the workspace must open, pass integrity_check, hold everything the
 * worker confirmed (journalled "done") and nothing half-applied.
 * The worker is tests/safety/crash-worker.ts.
 */
const KILLS = Number(process.env.LETTERDESK_CRASH_KILLS ?? 100);
const WORKER = path.resolve(__dirname, '../../safety/crash-worker.ts');

const root = makeTempDir('letterdesk-crash-');
const dataDir = path.join(root, 'ws');
const journalPath = path.join(root, 'journal.log');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

interface Entry {
  kind: string;
  body: string;
  done: boolean;
}

/** `begin <kind> <rest>` / `done <kind> <rest>`; a torn last line (no newline) is ignored. */
function readJournal(): Entry[] {
  const text = fs.existsSync(journalPath) ? fs.readFileSync(journalPath, 'utf8') : '';
  const lines = text.split('\n').slice(0, -1);
  return lines.map((line) => {
    const match = /^(begin|done) (\w+) (.+)$/.exec(line);
    if (!match) throw new Error(`unreadable journal line: ${line}`);
    return { done: match[1] === 'done', kind: match[2], body: match[3] };
  });
}

/** Starts the worker, waits for its "ready", lets it work 50–400 ms, kills it. */
function runAndKill(run: number): Promise<{ stderr: string; workedMs: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, dataDir, journalPath, String(run)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let workedMs = 0;
    let timer: NodeJS.Timeout | undefined;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      if (timer || !d.toString().includes('ready')) return;
      workedMs = 50 + Math.floor(Math.random() * 351);
      timer = setTimeout(() => child.kill('SIGKILL'), workedMs);
    });
    const watchdog = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(watchdog);
      if (timer) clearTimeout(timer);
      if (signal === 'SIGKILL' && timer) resolve({ stderr, workedMs });
      else reject(new Error(`worker ended on its own (code ${code}, signal ${signal}) before the kill:\n${stderr}`));
    });
  });
}

/** Everything the journal promises, checked against the reopened workspace. Returns the problems found. */
async function verify(): Promise<string[]> {
  const problems: string[] = [];
  const workspace = await Workspace.open({ dataDir });
  try {
    const status = workspace.status();
    if (status.state !== 'ready') return [`workspace state ${status.state}: ${'detail' in status ? status.detail : ''}`];
    const db = workspace.db();
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const fk = db.pragma('foreign_key_check') as unknown[];
    if (fk.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(fk.slice(0, 3))}`);

    const entries = readJournal();
    const handlers = createHandlers(workspace);
    const call = async <T>(name: string, input: unknown): Promise<T> => {
      const result = await dispatch(handlers, name, input);
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
      return result.data as T;
    };

    // Imports: a batch is all there or not there at all; confirmed ones are all there.
    const batchCount = db.prepare('SELECT count(*) FROM recipient_tags WHERE tag = ?').pluck();
    const imports = new Map<string, { rows: number; done: boolean }>();
    for (const e of entries.filter((x) => x.kind === 'import')) {
      const [tag, rows] = e.body.split(' rows=');
      const known = imports.get(tag);
      imports.set(tag, { rows: Number(rows), done: (known?.done ?? false) || e.done });
    }
    for (const [tag, { rows, done }] of imports) {
      const n = batchCount.get(tag) as number;
      if (done && n !== rows) problems.push(`import ${tag}: journalled ${rows} rows, found ${n}`);
      if (!done && n !== 0 && n !== rows) problems.push(`import ${tag}: half-applied, ${n} of ${rows} rows`);
    }

    // Last-writer values (recipient notes, template variant titles): the last
    // confirmed value, or one begun after it and never confirmed.
    const allowedFinal = (kind: string, keyOf: (body: string) => [string, string]) => {
      const allowed = new Map<string, Set<string>>();
      for (const e of entries.filter((x) => x.kind === kind)) {
        const [key, value] = keyOf(e.body);
        if (e.done) allowed.set(key, new Set([value]));
        else allowed.set(key, new Set([...(allowed.get(key) ?? ['']), value]));
      }
      return allowed;
    };
    const notesOf = db.prepare('SELECT notes FROM recipients WHERE id = ?').pluck();
    for (const [id, values] of allowedFinal('edit', (b) => b.split(' notes=') as [string, string])) {
      const notes = (notesOf.get(id) as string | undefined) ?? '<missing>';
      if (!values.has(notes)) problems.push(`edit ${id}: notes "${notes}", expected one of ${[...values].join(', ')}`);
    }
    const titles = allowedFinal('save', (b) => {
      const [key, title] = b.split(' title=');
      return [key, title];
    });
    for (const [key, values] of titles) {
      const [templateId, language] = key.split(' ');
      const template = await call<Template>('templates.get', { id: templateId });
      const title = template.variants.find((v) => v.language === language)?.title ?? '<missing>';
      if (!values.has(title)) problems.push(`save ${key}: title "${title}", expected one of ${[...values].join(', ')}`);
    }

    // Campaigns: confirmed ones exist with every draft; begun ones are absent or whole.
    const campaigns = new Map((await call<CampaignSummary[]>('campaigns.list', {})).map((c) => [c.name, c]));
    const campaignDone = new Map<string, { drafts: number; done: boolean }>();
    for (const e of entries.filter((x) => x.kind === 'campaign')) {
      const [name, drafts] = e.body.split(' drafts=');
      campaignDone.set(name, { drafts: Number(drafts), done: (campaignDone.get(name)?.done ?? false) || e.done });
    }
    for (const [name, { drafts, done }] of campaignDone) {
      const found = campaigns.get(name);
      if (done && !found) problems.push(`campaign ${name}: journalled but missing`);
      if (found && found.draftCount !== drafts) problems.push(`campaign ${name}: ${found.draftCount} of ${drafts} drafts`);
    }

    // Exports: per campaign, the recorded letters are the confirmed exports
    // plus whole unconfirmed ones (never a part of one).
    const exportsBy = new Map<string, { done: number; maybe: number[] }>();
    const exportState = new Map<string, { campaignId: string; letters: number; done: boolean }>();
    for (const e of entries.filter((x) => x.kind === 'export')) {
      const match = /^(\S+) letters=(\d+) op=(\S+)$/.exec(e.body);
      if (!match) throw new Error(`bad export line ${e.body}`);
      const prev = exportState.get(match[3]);
      exportState.set(match[3], { campaignId: match[1], letters: Number(match[2]), done: (prev?.done ?? false) || e.done });
    }
    for (const { campaignId, letters, done } of exportState.values()) {
      const agg = exportsBy.get(campaignId) ?? { done: 0, maybe: [] };
      if (done) agg.done += letters;
      else agg.maybe.push(letters);
      exportsBy.set(campaignId, agg);
    }
    const exported = db.prepare("SELECT count(*) FROM contact_events WHERE kind = 'exported' AND campaign_id = ?").pluck();
    for (const [campaignId, { done, maybe }] of exportsBy) {
      const n = exported.get(campaignId) as number;
      let sums = new Set([done]);
      for (const m of maybe) sums = new Set([...sums, ...[...sums].map((s) => s + m)]);
      if (!sums.has(n)) problems.push(`export of ${campaignId}: ${n} exported events, expected one of ${[...sums].join(', ')}`);
    }
  } finally {
    workspace.close();
  }
  return problems;
}

describe('crash safety', () => {
  it(`survives ${KILLS} kill -9s at random moments with nothing lost and nothing half-applied`, async () => {
    let survived = 0;
    const failures: string[] = [];
    const started = Date.now();
    for (let run = 0; run < KILLS; run++) {
      const { workedMs } = await runAndKill(run);
      const problems = await verify();
      if (problems.length === 0) survived++;
      else failures.push(`kill ${run} (after ${workedMs} ms): ${problems.join('; ')}`);
      // Pre-import backups pile up (the scheduler's retention is not running here):
      // drop them so the disk and run time stay bounded. They are not under test.
      fs.rmSync(path.join(dataDir, 'backups'), { recursive: true, force: true });
    }
    const entries = readJournal();
    const done = entries.filter((e) => e.done);
    console.log(
      `survived ${survived} of ${KILLS} kills (${done.length} confirmed operations: ` +
        ['import', 'edit', 'save', 'campaign', 'export'].map((k) => `${done.filter((e) => e.kind === k).length} ${k}`).join(', ') +
        `; ${entries.length - 2 * done.length} cut mid-operation, ${entries.filter((e) => e.kind === 'import').length - 2 * done.filter((e) => e.kind === 'import').length} of them imports; ${Math.round((Date.now() - started) / 1000)} s)`,
    );
    expect(failures).toEqual([]);
    expect(survived).toBe(KILLS);
  }, 600_000);
});

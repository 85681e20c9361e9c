import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { Workspace } from '../../electron/core/workspace/workspace';
import { exportRecipientsCsv } from '../../electron/core/recipients/csv';
import { benchCliStartup } from './cli-startup-bench';
import { benchExport } from './export-bench';
import { benchPdfExport } from './pdf-export-bench';
import { benchRecipientsStore } from './recipients-bench';
import { seedTrackingBench, timeTrackingQueries } from './tracking-fixture';
import { benchTrackingDashboard } from './tracking-dashboard-bench';
import { benchHostileImports } from './hostile-import-bench';
import { benchUnlock } from './unlock-bench';
import { fakeRecipients } from './fake-recipients';

/*
 * `npm run bench`: prints one JSON object per line,
 * {"name", "value", "unit", "target"?}. Figures to report, never assertions.
 */

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function report(name: string, value: number, unit: string, target?: string): void {
  const row: Record<string, unknown> = { name, value: Math.round(value * 100) / 100, unit };
  if (target) row.target = target;
  console.log(JSON.stringify(row));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function benchOpen(): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letterdesk-bench-open-'));
    const t0 = performance.now();
    const ws = await Workspace.open({ dataDir: dir });
    times.push(performance.now() - t0);
    ws.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  times.sort((a, b) => a - b);
  report('store_open_and_migrate_empty_median', percentile(times, 50), 'ms');
}

async function benchInteractive(dir: string): Promise<void> {
  const server = spawn(process.execPath, [path.join('out', 'node', 'server.cjs'), '--port', '0', '--data', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    server.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /Letterdesk is running at (\S+)/.exec(buffer);
      if (match) resolve(match[1]);
    });
    server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
      times.push(await page.evaluate(() => performance.getEntriesByName('letterdesk:interactive')[0]?.startTime ?? NaN));
      await context.close();
    }
    times.sort((a, b) => a - b);
    report('renderer_time_to_interactive_100k_median', percentile(times, 50), 'ms', '< 1000 ms');
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
}

/** A 100,000-row CSV imported into an empty workspace, in a child process to read its peak memory. */
function benchCsvImport(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letterdesk-bench-import-'));
  try {
    const file = path.join(dir, 'recipients.csv');
    fs.writeFileSync(file, exportRecipientsCsv(fakeRecipients(100_000, 7)));
    const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'import-child.ts'), file, path.join(dir, 'ws')], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(child.stderr);
    const figures = JSON.parse(child.stdout) as { seconds: number; maxRssMb: number };
    report('import_csv_100k', figures.seconds * 1000, 'ms', '< 5000 ms');
    report('import_csv_100k_peak_memory', figures.maxRssMb, 'MB', '< 300 MB');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** 1,000 letters exported in a child process, for its peak memory alone. */
function benchExportMemory(): void {
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'export-bench.ts'), '--peak-rss'], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  const figures = JSON.parse(child.stdout.trim().split('\n').pop()!) as { maxRssMb: number };
  report('export.peak_rss_1000_letters.mb', figures.maxRssMb, 'MB', '< 400 MB');
}

/** The 195-letter combined PDF in a child process, for its peak memory alone. */
function benchPdfMemory(): void {
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'pdf-export-bench.ts'), '--peak-rss'], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  const figures = JSON.parse(child.stdout.trim().split('\n').pop()!) as { maxRssMb: number };
  report('pdf.peak_rss_combined_195.mb', figures.maxRssMb, 'MB', '< 500 MB');
}

/** 200 countries x 50 campaigns x 20 events each: the status query, cold (first after start) and warm. */
async function benchTracking(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letterdesk-bench-tracking-'));
  try {
    const ws = await Workspace.open({ dataDir: dir });
    const seeded = seedTrackingBench(ws.db());
    const t = timeTrackingQueries(ws.db(), seeded);
    report('tracking.status_one_campaign_cold_p95', t.statusOneCampaignCold.p95Ms, 'ms', '< 20 ms');
    report('tracking.status_one_campaign_p95', t.statusOneCampaign.p95Ms, 'ms', '< 20 ms');
    report('tracking.status_all_campaigns_p95', t.statusAllCampaigns.p95Ms, 'ms', '< 20 ms');
    report('tracking.status_all_campaigns_after_write_p95', t.statusAllCampaignsAfterWrite.p95Ms, 'ms', '< 20 ms');
    report('tracking.status_all_campaigns_counts_only_p95', t.dashboardAllCampaigns.p95Ms, 'ms', '< 20 ms');
    report('tracking.status_all_campaigns_cold', t.statusAllCampaignsCold.p50Ms, 'ms');
    report('tracking.country_page_p95', t.countryPage.p95Ms, 'ms');
    report('tracking.due_list_p95', t.dueList.p95Ms, 'ms', '< 20 ms');
    report('tracking.due_list_after_write_p95', t.dueListAfterWrite.p95Ms, 'ms', '< 20 ms');
    ws.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  // BENCH_ONLY=cli: the command line's start-up against node -e 0, nothing else.
  if (process.env.BENCH_ONLY === 'cli') {
    benchCliStartup(report);
    return;
  }
  // BENCH_ONLY=tracking: the tracking queries and the dashboard in the browser, nothing else.
  if (process.env.BENCH_ONLY === 'tracking') {
    await benchTracking();
    await benchTrackingDashboard(report);
    return;
  }
  // BENCH_ONLY=recipients: the 100,000-row insert, searches and CSV import, with their baselines.
  if (process.env.BENCH_ONLY === 'recipients') {
    benchCsvImport();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letterdesk-bench-'));
    try {
      await benchRecipientsStore(dir, report);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    return;
  }
  // BENCH_ONLY=pdf: the PDF export (issue 16) against the DOCX print file of the same letters, nothing else.
  if (process.env.BENCH_ONLY === 'pdf') {
    await benchPdfExport(report);
    benchPdfMemory();
    return;
  }
  // BENCH_ONLY=hostile: issue 14's hostile imports against the browser-mode server, nothing else.
  if (process.env.BENCH_ONLY === 'hostile') {
    await benchHostileImports(report);
    return;
  }
  // BENCH_ONLY=unlock: deriving the workspace key and unlocking, old scheme and new.
  if (process.env.BENCH_ONLY === 'unlock') {
    await benchUnlock(report);
    return;
  }
  await benchOpen();
  await benchUnlock(report);
  benchCliStartup(report);
  await benchTracking();
  await benchTrackingDashboard(report);
  benchCsvImport();
  await benchHostileImports(report);
  await benchExport(report);
  benchExportMemory();
  await benchPdfExport(report);
  benchPdfMemory();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letterdesk-bench-'));
  try {
    await benchRecipientsStore(dir, report);
    await benchInteractive(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${(error as Error).message}`);
  process.exit(1);
});

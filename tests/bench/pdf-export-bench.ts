import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderCampaign } from '../../electron/core/exports/export-campaign';
import { exportWorkspace } from './export-bench';

/*
 * PDF export benchmark (run by tests/bench/run.ts, or alone with
 * BENCH_ONLY=pdf): the same 195 letters as the DOCX benchmark, each with a
 * logo and two signatures, as one combined PDF (the first time in the process,
 * and again) and one PDF a letter (each letter's time, from the progress
 * callback); the combined DOCX of the same letters as the baseline; and the
 * peak memory of the combined PDF in a child process.
 */

type Report = (name: string, value: number, unit: string, target?: string) => void;

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

export async function benchPdfExport(report: Report): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letterdesk-bench-pdf-'));
  try {
    const { workspace, campaignId } = await exportWorkspace(dir);
    const db = workspace.db();
    const options = { includeAttention: true } as const;
    // The DOCX print file first, so the store's reads and the merge are warm for both.
    await renderCampaign(db, campaignId, { format: 'combined', ...options });
    let t = performance.now();
    await renderCampaign(db, campaignId, { format: 'combined', ...options });
    report('pdf.baseline_docx_combined_195.ms', performance.now() - t, 'ms');

    t = performance.now();
    let cpu = process.cpuUsage();
    // The first PDF of the process: pdfkit loaded, and no word shaped yet.
    const first = await renderCampaign(db, campaignId, { format: 'pdf-combined', ...options });
    report('pdf.combined_195_first.ms', performance.now() - t, 'ms', '< 3000 ms');
    report('pdf.combined_195_first.cpu_ms', cpuMs(process.cpuUsage(cpu)), 'ms');
    t = performance.now();
    cpu = process.cpuUsage();
    await renderCampaign(db, campaignId, { format: 'pdf-combined', ...options });
    report('pdf.combined_195.ms', performance.now() - t, 'ms', '< 3000 ms');
    // CPU time too: on a shared machine the wall time also counts the other processes' turns.
    report('pdf.combined_195.cpu_ms', cpuMs(process.cpuUsage(cpu)), 'ms');
    report('pdf.combined_195.kb', first.files[0]!.bytes.length / 1024, 'KB');

    const times: number[] = [];
    const cpuTimes: number[] = [];
    let last = performance.now();
    let lastCpu = process.cpuUsage();
    const single = await renderCampaign(db, campaignId, {
      format: 'pdf',
      ...options,
      onProgress: () => {
        const now = performance.now();
        times.push(now - last);
        cpuTimes.push(cpuMs(process.cpuUsage(lastCpu)));
        last = now;
        lastCpu = process.cpuUsage();
      },
    });
    times.sort((a, b) => a - b);
    cpuTimes.sort((a, b) => a - b);
    report('pdf.single_letter_p50.ms', percentile(times, 50), 'ms');
    report('pdf.single_letter_p95.ms', percentile(times, 95), 'ms', '< 150 ms');
    report('pdf.single_letter_p95.cpu_ms', percentile(cpuTimes, 95), 'ms');
    const sizes = single.files.map((f) => f.bytes.length).sort((a, b) => a - b);
    report('pdf.single_letter_max.kb', sizes.at(-1)! / 1024, 'KB', '< 300 KB');
    workspace.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Run in a child process by run.ts: the 195-letter combined PDF, then the peak RSS in MB. */
export async function peakRssPdf(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letterdesk-bench-pdf-rss-'));
  try {
    const { workspace, campaignId } = await exportWorkspace(dir);
    await renderCampaign(workspace.db(), campaignId, { format: 'pdf-combined', includeAttention: true });
    console.log(JSON.stringify({ maxRssMb: process.resourceUsage().maxRSS / 1024 }));
    workspace.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--peak-rss') void peakRssPdf();

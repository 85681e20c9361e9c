import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/*
 * CLI start-up (BENCH_ONLY=cli): `letterdesk --json recipients list` on a
 * small workspace, as users run it (electron/bin/letterdesk.cjs on the built
 * bundle), against `node -e 0` measured in the same run, interleaved, so a
 * busy machine slows both alike. Target: at most 2× the baseline.
 */

type Report = (name: string, value: number, unit: string, target?: string) => void;

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'electron', 'bin', 'letterdesk.cjs');
const RUNS = 21;

function timed(args: string[]): number {
  const t0 = performance.now();
  const res = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (res.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${res.stderr}`);
  return ms;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function benchCliStartup(report: Report): void {
  if (!fs.existsSync(path.join(ROOT, 'out', 'node', 'cli.cjs'))) throw new Error('out/node/cli.cjs is missing: run "npm run build" first.');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letterdesk-bench-cli-'));
  try {
    for (const [country, office, name] of [
      ['ES', 'Presidente del Gobierno', 'Ana Ficticia'],
      ['FR', 'Président de la République', 'Jean Fictif'],
      ['JP', 'Prime Minister', 'Kenji Ficticio'],
    ]) {
      timed([BIN, '--data', dir, 'recipients', 'add', '--country', country, '--office', office, '--name', name]);
    }
    const listing = [BIN, '--data', dir, '--json', 'recipients', 'list'];
    // Warm the file cache for both before measuring.
    timed(['-e', '0']);
    timed(listing);
    const baseline: number[] = [];
    const cli: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      baseline.push(timed(['-e', '0']));
      cli.push(timed(listing));
    }
    const base = median(baseline);
    const list = median(cli);
    report('cli_node_e0_baseline_median', base, 'ms');
    report('cli_recipients_list_json_median', list, 'ms', `<= ${Math.round(2 * base)} ms (2x node -e 0 in this run)`);
    report('cli_recipients_list_vs_node_ratio', list / base, 'x', '<= 2');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

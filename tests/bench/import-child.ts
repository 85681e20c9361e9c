import fs from 'node:fs';
import { createHandlers } from '../../electron/core/api/create-handlers';
import { dispatch } from '../../electron/core/api/dispatch';
import { Workspace } from '../../electron/core/workspace/workspace';

/*
 * Run by the benchmark in its own process, so its peak memory is the
 * import's alone: imports a CSV into a workspace through the same dispatch
 * as the app and prints {seconds, maxRssMb, counts} as JSON.
 */

async function main(): Promise<void> {
  const [file, dataDir] = process.argv.slice(2);
  const workspace = await Workspace.open({ dataDir });
  const contentBase64 = fs.readFileSync(file).toString('base64');
  const start = performance.now();
  const result = await dispatch(createHandlers(workspace), 'recipients.importCsv', { fileName: 'bench.csv', contentBase64, commit: true });
  const seconds = (performance.now() - start) / 1000;
  workspace.close();
  if (!result.ok) throw new Error(result.error.message);
  const { counts } = result.data as { counts: unknown };
  console.log(JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, counts }));
}

main().catch((error: unknown) => {
  console.error(`import bench failed: ${(error as Error).message}`);
  process.exit(1);
});

import type { DoctorReport } from '../../shared/workspace/contract';
import { CliFailure, type RegisterCommands } from '../cli-context';
import { call } from './call';
import { describeProblem } from './workspace-problem';

/*
 * letterdesk doctor        schema version, integrity, counts
 * letterdesk start-fresh   a damaged workspace file moved aside, untouched
 */

function doctorLines(report: DoctorReport): string {
  return [
    `Workspace:       ${report.dataDir}`,
    `Database:        ${report.databaseFile} (${report.databaseBytes} bytes)`,
    `Schema version:  ${report.schemaVersion} (this Letterdesk knows up to ${report.latestSchemaVersion})`,
    `Integrity check: ${report.integrity.length === 0 ? 'ok' : report.integrity.join('; ')}`,
    `Recipients:      ${report.counts.recipients}`,
    `Tags:            ${report.counts.tags}`,
    `Activity log:    ${report.counts.activity} entries`,
    `Backups:         ${report.backups}`,
  ].join('\n');
}

export const registerWorkspaceCommands: RegisterCommands = (program, ctx) => {
  program
    .command('doctor')
    .description('check the workspace: schema version, integrity, counts')
    .exitOverride()
    .action(async () => {
      const report = await ctx.withWorkspace((ws) => call(ws, 'workspace.doctor', {}));
      ctx.print(report, doctorLines(report));
      if (report.integrity.length > 0) throw new CliFailure('the integrity check found problems (see above).');
    });

  program
    .command('start-fresh')
    .description('move a damaged workspace file aside, untouched, and start an empty workspace')
    .exitOverride()
    .action(async () => {
      const result = await ctx.withWorkspace(
        async (ws) => {
          if (ws.status().state === 'ready') throw new CliFailure('the workspace is fine; there is nothing to start afresh.');
          if (ws.status().state === 'newer_version') throw new CliFailure(describeProblem(ws));
          return call(ws, 'workspace.startFresh', {});
        },
        { allowDamaged: true },
      );
      ctx.print(result, `Started a fresh workspace. The old file is kept, untouched, at ${result.keptFile}`);
    });
};

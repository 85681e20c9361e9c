import { migration0005 } from '../../../electron/core/db/migrations/0005-tracking';
import { ApiFailure } from '../../../shared/api/errors';
import type { CampaignSummary } from '../../../shared/campaigns/schemas';
import type { Recipient } from '../../../shared/recipients/schemas';
import type { TemplateSummary } from '../../../shared/templates/schemas';
import type { OperationOutput } from '../../../shared/api/contract';
import type { DomainOperationName } from '../../../shared/api/operations';
import { callHandler } from '../../helpers/call-handler';
import { dispatch } from '../../../electron/core/api/dispatch';
import type { Db } from '../../../electron/core/db/database';
import { addDays, todayIso } from '../../../shared/tracking/dates';
import { trackingHandlers } from '../../../electron/core/tracking/handlers';
import { openTempWorkspace, type TempWorkspace } from '../../helpers/temp-workspace';

/**
 * Migration 5 as proposed for electron/core/db/migrations/0005-tracking.ts.
 * Applied here until it ships; skipped when the workspace already has it.
 */
export const MIGRATION_0005_SQL = migration0005;

export function applyMigration5(db: Db): void {
  if (db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'attachments'").get()) return;
  db.transaction(() => db.exec(MIGRATION_0005_SQL))();
}

/** The day the campaigns, and their "drafted" events, are made: the real today. */
export const D0 = todayIso();
/** A day relative to D0; tests date every event this way so they hold whenever they run. */
export const day = (n: number): string => addDays(D0, n);
/** The "today" the tracking operations see. */
export const TODAY = day(45);

/**
 * Calls a tracking operation as dispatch does: the input is parsed by its
 * contract schema first, and the output must match its declared schema.
 * "Today" is fixed so dates and statuses are reproducible.
 */
export function callTracking<K extends DomainOperationName<'tracking'>>(
  t: TempWorkspace,
  name: K,
  input: unknown = {},
  today = TODAY,
): Promise<OperationOutput<K>> {
  return callHandler(
    trackingHandlers(t.workspace, () => today),
    name,
    input,
  );
}

/** The failure a call ends with. */
export async function failure(promise: Promise<unknown>): Promise<ApiFailure> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiFailure)) throw new Error(`expected an ApiFailure, got ${String(error)}`);
  return error;
}

export async function ok<T>(t: TempWorkspace, name: string, input: unknown): Promise<T> {
  const result = await dispatch(t.handlers, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
  return result.data as T;
}

export interface Setup {
  t: TempWorkspace;
  campaign: CampaignSummary;
  other: CampaignSummary;
  spain: Recipient;
  france: Recipient;
  japan: Recipient;
}

/**
 * A workspace with three recipients and two campaigns made through the API:
 * "EU prisoners 2026" writes to Spain and France, "Asia 2026" to Spain and Japan.
 */
export async function openTrackingWorkspace(): Promise<Setup> {
  const t = await openTempWorkspace();
  applyMigration5(t.workspace.db());
  const letter = (await ok<TemplateSummary[]>(t, 'templates.list', {})).find((x) => x.kind === 'letter')!;
  const spain = await ok<Recipient>(t, 'recipients.create', {
    countryCode: 'ES',
    office: 'Presidente del Gobierno',
    name: 'Pedro Ficticio',
    verifiedOn: TODAY,
  });
  const france = await ok<Recipient>(t, 'recipients.create', {
    countryCode: 'FR',
    office: 'Président de la République',
    name: '=Jean Ficticio',
    verifiedOn: TODAY,
  });
  const japan = await ok<Recipient>(t, 'recipients.create', { countryCode: 'JP', office: 'Prime Minister', name: 'Kenji Ficticio', verifiedOn: TODAY });
  // Distinct prefixes: two campaigns with one prefix and year both number from 0001 and clash on drafts.reference.
  const make = (name: string, referencePrefix: string, ids: string[], noReplyDays: number) =>
    ok<CampaignSummary>(t, 'campaigns.create', { name, templateId: letter.id, recipients: { by: 'ids', ids }, letterDate: D0, referencePrefix, noReplyDays });
  const campaign = await make('EU prisoners 2026', 'EU', [spain.id, france.id], 30);
  const other = await make('Asia 2026', 'ASIA', [spain.id, japan.id], 14);
  return { t, campaign, other, spain, france, japan };
}

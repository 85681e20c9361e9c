import type { z } from 'zod';
import { ApiFailure } from '../../../shared/api/errors';
import type { TrackingContract, TrackingOperationName } from '../../../shared/domain/tracking';
import { todayIso } from '../../../shared/tracking/dates';
import { getCampaign } from '../campaigns/campaigns-repo';
import type { Workspace } from '../workspace/workspace';
import { decodeAttachment, getAttachment } from './attachments';
import { listEvents } from './events-repo';
import { correctEvent, recordEvent, undoEvent } from './record-event';
import { trackingCsv } from './report-csv';
import { trackingDocx } from './report-docx';
import { countryStatus, dueList, statusReport } from './status-query';

/**
 * One handler per tracking operation, typed from trackingContract exactly as
 * dispatch.ts types Handlers from the main contract, so once the entries are
 * spread into the contract `trackingHandlers(ws)` is a `Pick<Handlers, TrackingOperationName>`.
 */
export type TrackingHandlers = {
  [K in TrackingOperationName]: (
    input: z.output<TrackingContract[K]['input']>,
  ) => z.output<TrackingContract[K]['output']> | Promise<z.output<TrackingContract[K]['output']>>;
};

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** "outreach-eu-prisoners-2026-2026-11-30.csv": letters, digits and dashes only. */
export function reportFileName(scope: string, today: string, format: 'csv' | 'docx'): string {
  const slug = scope
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `outreach-${slug || 'report'}-${today}.${format}`;
}

export function trackingHandlers(workspace: Workspace, now: () => string = todayIso): TrackingHandlers {
  const db = () => workspace.db();
  const campaignOrFail = (id: string | undefined) => {
    if (id === undefined) return undefined;
    const campaign = getCampaign(db(), id);
    if (!campaign) throw new ApiFailure('not_found', 'That campaign no longer exists.');
    return campaign;
  };
  return {
    'tracking.record': ({ attachment, ...fields }) =>
      // The file is decoded and checked before the transaction starts.
      recordEvent(db(), { ...fields, attachment: attachment && decodeAttachment(attachment) }, now()),
    'tracking.correct': ({ eventId, fields: { attachment, ...fields } }) =>
      correctEvent(db(), eventId, { ...fields, attachment: attachment && decodeAttachment(attachment) }, now()),
    'tracking.undo': ({ eventId, note }) => undoEvent(db(), eventId, note, now()),
    'tracking.events': (filter) => listEvents(db(), filter),
    'tracking.status': ({ campaignId, today, rows }) => {
      campaignOrFail(campaignId);
      return statusReport(db(), campaignId, today ?? now(), { rows });
    },
    'tracking.due': ({ today }) => dueList(db(), today ?? now()),
    'tracking.country': ({ countryCode, today }) => ({ ...countryStatus(db(), countryCode, today ?? now()), events: listEvents(db(), { countryCode }) }),
    'tracking.attachment': ({ id }) => {
      const file = getAttachment(db(), id);
      if (!file) throw new ApiFailure('not_found', 'That attachment no longer exists.');
      const { data, ...info } = file;
      return { ...info, contentBase64: data.toString('base64') };
    },
    'tracking.report': async ({ format, campaignId, today, mapPngBase64 }) => {
      const campaign = campaignOrFail(campaignId);
      const day = today ?? now();
      const fileName = reportFileName(campaign?.name ?? 'all-campaigns', day, format);
      if (format === 'csv') return { fileName, mime: 'text/csv', contentBase64: Buffer.from(trackingCsv(db(), campaignId, day), 'utf8').toString('base64') };
      const mapPng = mapPngBase64 === undefined ? undefined : Buffer.from(mapPngBase64, 'base64');
      const bytes = await trackingDocx(db(), { campaignId, today: day, mapPng });
      return { fileName, mime: DOCX_MIME, contentBase64: bytes.toString('base64') };
    },
  };
}

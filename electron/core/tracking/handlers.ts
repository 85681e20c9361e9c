import { ApiFailure } from '../../../shared/api/errors';

import type { HandlersFor } from '../api/handler-types';
import { todayIso } from '../../../shared/tracking/dates';
import { getCampaign } from '../campaigns/campaigns-repo';
import type { Workspace } from '../workspace/workspace';
import { decodeAttachment, getAttachment } from './attachments';
import { listEvents } from './events-repo';
import { correctEvent, recordEvent, undoEvent } from './record-event';
import { trackingCsv } from './report-csv';
import { trackingDocx } from './report-docx';
import { reportFileName } from './report-file-name';
import { countryStatus, dueList, statusReport } from './status-query';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function trackingHandlers(workspace: Workspace, now: () => string = todayIso): HandlersFor<'tracking'> {
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

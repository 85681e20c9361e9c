import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { ApiFailure } from '../../../shared/api/errors';
import type { StatusReport, StatusRow } from '../../../shared/tracking/schemas';
import { TRACKING_STATUSES } from '../../../shared/tracking/kinds';
import { countryNames } from '../recipients/countries';
import type { Db } from '../db/database';
import { label, STATUS_LABELS, statusWords } from './report-labels';
import { statusReport } from './status-query';

/*
 * A DOCX summary for a board or a donor: title and date, counts per status,
 * the map when the caller gives it as a PNG, then a table per campaign (one
 * row per recipient: country, recipient, office, status, last event, next
 * follow-up).
 */

export interface DocxReportOptions {
  campaignId?: string;
  today: string;
  /** The dashboard map as a PNG, embedded under the counts. */
  mapPng?: Buffer;
  organisationName?: string;
}

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const MAX_MAP_WIDTH_PX = 600;

function mapImage(png: Buffer): ImageRun {
  if (png.length < 24 || !png.subarray(0, 8).equals(PNG_MAGIC)) {
    throw new ApiFailure('invalid_input', 'The map image is not a PNG file.', [{ path: ['mapPngBase64'], code: 'imageType' }]);
  }
  // IHDR: width and height are the first two big-endian words of the first chunk.
  const width = Math.max(1, png.readUInt32BE(16));
  const height = Math.max(1, png.readUInt32BE(20));
  const scale = Math.min(1, MAX_MAP_WIDTH_PX / width);
  return new ImageRun({
    type: 'png',
    data: png,
    transformation: { width: Math.round(width * scale), height: Math.max(1, Math.round(height * scale)) },
    altText: { name: 'Map', title: 'Map of outreach status', description: 'World map coloured by outreach status' },
  });
}

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
}

function table(header: string[], rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
}

function countsTable(report: StatusReport): Table {
  const total = report.rows.length;
  return table(
    ['Status', 'Recipients'],
    [...TRACKING_STATUSES.filter((s) => report.counts[s] > 0).map((s) => [STATUS_LABELS[s], String(report.counts[s])]), ['Total', String(total)]],
  );
}

function lastEventText(row: StatusRow): string {
  return row.lastEvent ? `${label(row.lastEvent.kind)}, ${row.lastEvent.occurredOn}` : '';
}

function campaignSection(name: string, rows: StatusRow[]): (Paragraph | Table)[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 360 }, children: [new TextRun(name)] }),
    table(
      ['Country', 'Recipient', 'Office', 'Status', 'Last event', 'Next follow-up'],
      rows.map((r) => [countryNames(r.countryCode)?.en ?? r.countryCode, r.recipientName, r.office, statusWords(r), lastEventText(r), r.nextFollowUp ?? '']),
    ),
  ];
}

export async function trackingDocx(db: Db, options: DocxReportOptions): Promise<Buffer> {
  const report = statusReport(db, options.campaignId, options.today);
  const campaigns = new Map<string, { name: string; rows: StatusRow[] }>();
  for (const row of report.rows) {
    const entry = campaigns.get(row.campaignId) ?? { name: row.campaignName, rows: [] };
    entry.rows.push(row);
    campaigns.set(row.campaignId, entry);
  }
  const scope = options.campaignId !== undefined && campaigns.size === 1 ? [...campaigns.values()][0].name : 'All campaigns';
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(`Outreach report: ${scope}`)] }),
    new Paragraph({
      spacing: { after: 240 },
      children: [new TextRun(`${options.organisationName ? `${options.organisationName}, ` : ''}status on ${options.today}`)],
    }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Recipients by status')] }),
    countsTable(report),
  ];
  if (options.mapPng) children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240 }, children: [mapImage(options.mapPng)] }));
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 360 }, children: [new TextRun('Campaigns')] }));
  if (campaigns.size === 0) children.push(new Paragraph({ children: [new TextRun('No campaigns yet.')] }));
  for (const { name, rows } of [...campaigns.values()].sort((a, b) => a.name.localeCompare(b.name))) children.push(...campaignSection(name, rows));
  const doc = new Document({ creator: 'Letterdesk', title: `Outreach report: ${scope}`, sections: [{ children }] });
  return Packer.toBuffer(doc);
}

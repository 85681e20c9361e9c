import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makePng } from '../senders/sender-test-helpers';
import { callTracking, day, openTrackingWorkspace, TODAY, type Setup } from './tracking-test-helpers';

let s: Setup;
beforeEach(async () => {
  s = await openTrackingWorkspace();
  const rec = (campaignId: string, recipientId: string, fields: Record<string, unknown>) =>
    callTracking(s.t, 'tracking.record', { campaignId, recipientId, ...fields });
  const sent = await rec(s.campaign.id, s.spain.id, { kind: 'sent', occurredOn: day(2), channel: 'hand_delivery', reference: '+34 REF' });
  await callTracking(s.t, 'tracking.correct', { eventId: sent.id, fields: { occurredOn: day(3), channel: 'post', reference: 'RR1' } });
  await rec(s.campaign.id, s.france.id, { kind: 'sent', occurredOn: day(20), channel: 'email' });
  await rec(s.campaign.id, s.france.id, {
    kind: 'replied',
    occurredOn: day(25),
    note: 'Thanks, "noted"; will reply',
    attachment: { fileName: 'reply.pdf', contentBase64: Buffer.from('%PDF-1.4 x').toString('base64') },
  });
  await rec(s.campaign.id, s.france.id, { kind: 'closed', occurredOn: day(26), outcome: 'positive' });
  await rec(s.other.id, s.japan.id, { kind: 'follow_up', occurredOn: day(30), dueOn: day(60) });
});
afterEach(() => s.t.cleanup());

/** A small RFC 4180 reader: quoted cells, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe('tracking reports', () => {
  it('writes a CSV of every event that counts, formula-escaped', async () => {
    const file = await callTracking(s.t, 'tracking.report', { format: 'csv', campaignId: s.campaign.id });
    expect(file).toMatchObject({ fileName: `outreach-eu-prisoners-2026-${TODAY}.csv`, mime: 'text/csv' });
    const text = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [head, ...rows] = parseCsv(text.slice(1));
    expect(head).toEqual([
      'Country',
      'Country code',
      'Recipient',
      'Office',
      'Campaign',
      'Status',
      'Date',
      'Event',
      'Channel',
      'Reference',
      'Note',
      'Follow-up due',
      'Outcome',
      'Attachments',
    ]);
    const pick = (r: string[]) => [r[0], r[2], r[5], r[6], r[7], r[8], r[9], r[10], r[12], r[13]];
    expect(rows.map(pick)).toEqual([
      ['Spain', 'Pedro Ficticio', 'No reply', day(0), 'drafted', '', '', '', '', ''],
      // The corrected "sent" replaces the original, which is not listed.
      ['Spain', 'Pedro Ficticio', 'No reply', day(3), 'sent', 'post', 'RR1', '', '', ''],
      ['France', "'=Jean Ficticio", 'Closed', day(0), 'drafted', '', '', '', '', ''],
      ['France', "'=Jean Ficticio", 'Closed', day(20), 'sent', 'email', '', '', '', ''],
      ['France', "'=Jean Ficticio", 'Closed', day(25), 'replied', '', '', 'Thanks, "noted"; will reply', '', 'reply.pdf'],
      ['France', "'=Jean Ficticio", 'Closed', day(26), 'closed', '', '', '', 'positive', ''],
    ]);
    const all = Buffer.from((await callTracking(s.t, 'tracking.report', { format: 'csv' })).contentBase64, 'base64').toString('utf8');
    expect(all).toContain(`Japan,JP,Kenji Ficticio,Prime Minister,Asia 2026,Drafted,${day(30)},follow-up,,,,${day(60)},,`);
  });

  it('writes a DOCX summary that python-docx reads back, with the map when given', async () => {
    const python = '/usr/bin/python3';
    const probe = spawnSync(python, ['-c', 'import docx'], { encoding: 'utf8' });
    if (probe.error || probe.status !== 0) {
      throw new Error(
        `python-docx is needed to read the report back: install python3-docx (Debian) so that "${python} -c 'import docx'" works. ${probe.stderr ?? ''}`,
      );
    }
    const file = await callTracking(s.t, 'tracking.report', { format: 'docx', mapPngBase64: (await makePng(800, 400)).toString('base64') });
    expect(file.fileName).toBe(`outreach-all-campaigns-${TODAY}.docx`);
    const out = path.join(s.t.dir, file.fileName);
    fs.writeFileSync(out, Buffer.from(file.contentBase64, 'base64'));
    const script = [
      'import docx, json, sys',
      'd = docx.Document(sys.argv[1])',
      'print(json.dumps({"paragraphs": [p.text for p in d.paragraphs if p.text], "tables": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables], "images": len(d.inline_shapes), "width": d.inline_shapes[0].width.pt if d.inline_shapes else 0}))',
    ].join('\n');
    const read = spawnSync(python, ['-c', script, out], { encoding: 'utf8' });
    expect(read.stderr).toBe('');
    const doc = JSON.parse(read.stdout) as { paragraphs: string[]; tables: string[][][]; images: number; width: number };
    expect(doc.paragraphs).toEqual([
      'Outreach report: All campaigns',
      `status on ${TODAY}`,
      'Recipients by status',
      'Campaigns',
      'Asia 2026',
      'EU prisoners 2026',
    ]);
    expect(doc.tables[0]).toEqual([
      ['Status', 'Recipients'],
      ['Drafted', '2'],
      ['No reply', '1'],
      ['Closed', '1'],
      ['Total', '4'],
    ]);
    expect(doc.tables[1]).toEqual([
      ['Country', 'Recipient', 'Office', 'Status', 'Last event', 'Next follow-up'],
      ['Spain', 'Pedro Ficticio', 'Presidente del Gobierno', 'Drafted', `drafted, ${day(0)}`, ''],
      ['Japan', 'Kenji Ficticio', 'Prime Minister', 'Drafted', `follow-up, ${day(30)}`, day(60)],
    ]);
    expect(doc.tables[2].slice(1).map((r) => [r[0], r[3], r[4]])).toEqual([
      ['Spain', 'No reply', `sent, ${day(3)}`],
      ['France', 'Closed (positive)', `closed, ${day(26)}`],
    ]);
    expect(doc.images).toBe(1);
    expect(doc.width).toBe(450); // 600 px at 96 dpi
  });
});

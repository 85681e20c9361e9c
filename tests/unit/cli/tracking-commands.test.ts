import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandHarness } from '../../helpers/command-harness';
import { registerTrackingCommands } from '../../../electron/cli-commands/tracking-commands';
import { D0, openTrackingWorkspace, type Setup } from '../tracking/tracking-test-helpers';

/*
 * The tracking commands on a commander program and a CliContext built here
 * the way electron/cli.ts builds them, against a real workspace folder made
 * through the API. The commands run on the real today (D0, the day the
 * campaigns were made).
 */

let s: Setup;
beforeEach(async () => {
  s = await openTrackingWorkspace();
  s.t.workspace.close();
});
afterEach(() => s.t.cleanup());

const cli = (dataDir: string) => commandHarness(dataDir, registerTrackingCommands);

describe('letterdesk track, status, report', () => {
  it('records posting, a reply with its file and a follow-up, and shows the status', async () => {
    const c = cli(s.t.dir);
    const pdf = path.join(s.t.dir, 'reply.pdf');
    fs.writeFileSync(pdf, '%PDF-1.4 reply');
    const sent = await c.run(
      'track',
      '--campaign',
      'eu prisoners 2026',
      '--recipient',
      'pedro ficticio',
      '--event',
      'sent',
      '--channel',
      'post',
      '--ref',
      'RR1',
    );
    expect(sent).toMatch(new RegExp(`^Recorded sent on ${D0} \\(post, ref RR1\\) for Pedro Ficticio, EU prisoners 2026  \\[[0-9a-f-]{36}\\]\\n$`));
    expect(
      await c.run('track', '--campaign', s.campaign.id, '--recipient', s.france.id, '--event', 'replied', '--note', 'Will look into it', '--attach', pdf),
    ).toContain(', with reply.pdf');
    expect(await c.run('track', '--campaign', 'Asia 2026', '--recipient', 'Kenji Ficticio', '--event', 'follow-up', '--due', '2099-01-31')).toContain(
      'Recorded follow-up',
    );

    const table = await c.run('status', '--campaign', 'EU prisoners 2026');
    expect(table.split('\n')[0]).toMatch(/^COUNTRY +RECIPIENT +OFFICE +STATUS +LAST EVENT +NEXT FOLLOW-UP$/);
    expect(table).toMatch(new RegExp(`ES +Pedro Ficticio +Presidente del Gobierno +Contacted +sent ${D0}`));
    expect(table).toMatch(/FR +=Jean Ficticio .*Replied/);

    const rows = JSON.parse(await c.run('--json', 'status')) as { countryCode: string; campaignName: string; status: string; nextFollowUp: string | null }[];
    expect(rows.map((r) => [r.countryCode, r.campaignName, r.status, r.nextFollowUp])).toEqual([
      ['ES', 'EU prisoners 2026', 'contacted', null],
      ['ES', 'Asia 2026', 'drafted', null],
      ['FR', 'EU prisoners 2026', 'replied', null],
      ['JP', 'Asia 2026', 'drafted', '2099-01-31'],
    ]);
  });

  it('writes both reports', async () => {
    const c = cli(s.t.dir);
    await c.run('track', '--campaign', 'EU prisoners 2026', '--recipient', 'Pedro Ficticio', '--event', 'sent', '--channel', 'email');
    const csv = path.join(s.t.dir, 'out.csv');
    expect(await c.run('report', '--campaign', 'EU prisoners 2026', '--out', csv)).toBe(`${csv}\n`);
    expect(fs.readFileSync(csv, 'utf8')).toContain(`Spain,ES,Pedro Ficticio,Presidente del Gobierno,EU prisoners 2026,Contacted,${D0},sent,email`);
    const docx = path.join(s.t.dir, 'out.docx');
    await c.run('report', '--campaign', 'EU prisoners 2026', '--out', docx);
    expect(fs.readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    expect(fs.existsSync(`${docx}.part`)).toBe(false);
  });

  it('fails with one clear line', async () => {
    const c = cli(s.t.dir);
    expect(await c.fail('track', '--campaign', 'Nope', '--recipient', 'x', '--event', 'sent')).toBe(
      'no campaign called "Nope" (see "letterdesk campaigns list")',
    );
    expect(await c.fail('track', '--campaign', 'EU prisoners 2026', '--recipient', 'Kenji Ficticio', '--event', 'sent', '--channel', 'post')).toBe(
      `no recipient "Kenji Ficticio" in the campaign "EU prisoners 2026" (see "letterdesk status --campaign ${s.campaign.id}")`,
    );
    expect(await c.fail('track', '--campaign', 'EU prisoners 2026', '--recipient', 'Pedro Ficticio', '--event', 'sent')).toBe(
      'Please check the event: say how the letter was sent (post, email, hand_delivery, fax, embassy or other).',
    );
    expect(await c.fail('track', '--campaign', 'EU prisoners 2026', '--recipient', 'Pedro Ficticio', '--event', 'posted')).toMatch(/^usage: .*--event.*posted/);
    expect(await c.fail('track', '--campaign', 'EU prisoners 2026', '--recipient', 'Pedro Ficticio', '--event', 'replied', '--date', '2099-01-01')).toMatch(
      /2099-01-01 is \d+ day\(s\) in the future; check the date, or confirm it/,
    );

    const big = path.join(s.t.dir, 'big.pdf');
    fs.writeFileSync(big, '%PDF-');
    fs.truncateSync(big, 51 * 1024 * 1024);
    expect(await c.fail('track', '--campaign', 'EU prisoners 2026', '--recipient', 'Pedro Ficticio', '--event', 'replied', '--attach', big)).toBe(
      '"big.pdf" is 51.0 MB; an attachment can be at most 50 MB',
    );
    const text = path.join(s.t.dir, 'reply.txt');
    fs.writeFileSync(text, 'plain words');
    expect(await c.fail('track', '--campaign', 'EU prisoners 2026', '--recipient', 'Pedro Ficticio', '--event', 'replied', '--attach', text)).toContain(
      '"reply.txt" is not a PDF, Word (DOCX), PNG or JPEG file',
    );
    expect(await c.fail('status', '--campaign', 'Nope')).toBe('no campaign called "Nope" (see "letterdesk campaigns list")');
    expect(await c.fail('report', '--out', path.join(s.t.dir, 'x.pdf'))).toBe('usage: --out must end in .csv or .docx, not "x.pdf"');
  });
});

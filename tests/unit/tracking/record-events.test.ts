import fc from 'fast-check';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recentActivity } from '../../../electron/core/db/activity-log';
import { getEvent, listEvents } from '../../../electron/core/tracking/events-repo';
import { makePng } from '../senders/sender-test-helpers';
import { callTracking, day, failure, openTrackingWorkspace, TODAY, type Setup } from './tracking-test-helpers';

let s: Setup;
beforeEach(async () => {
  s = await openTrackingWorkspace();
});
afterEach(() => s.t.cleanup());

const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
const pdf = () => b64('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const docx = () => b64(zipSync({ '[Content_Types].xml': Buffer.from('<Types/>'), 'word/document.xml': Buffer.from('<w:document/>') }));

describe('recording events', () => {
  it('records a sent letter with channel and reference, in one transaction with an activity line', async () => {
    const event = await callTracking(s.t, 'tracking.record', {
      campaignId: s.campaign.id,
      recipientId: s.spain.id,
      kind: 'sent',
      occurredOn: day(10),
      channel: 'post',
      reference: 'RR123456789ES',
    });
    expect(event).toMatchObject({
      kind: 'sent',
      channel: 'post',
      reference: 'RR123456789ES',
      effective: true,
      campaignName: 'EU prisoners 2026',
      countryCode: 'ES',
    });
    expect(recentActivity(s.t.workspace.db(), 1)[0]).toMatchObject({
      entityType: 'contact_event',
      entityId: event.id,
      summary: expect.stringContaining(`Recorded sent [post] on ${day(10)} for Pedro Ficticio`),
    });
  });

  it('refuses a recipient outside the campaign and rules broken for the kind', async () => {
    const base = { campaignId: s.campaign.id, recipientId: s.spain.id, occurredOn: day(10) };
    expect((await failure(callTracking(s.t, 'tracking.record', { ...base, recipientId: s.japan.id, kind: 'sent', channel: 'post' }))).message).toBe(
      'Kenji Ficticio is not a recipient of the campaign "EU prisoners 2026". Add them to the campaign first.',
    );
    const sent = await failure(callTracking(s.t, 'tracking.record', { ...base, kind: 'sent' }));
    expect(sent.issues).toEqual([{ path: ['channel'], code: 'channelRequired' }]);
    const replied = await failure(callTracking(s.t, 'tracking.record', { ...base, kind: 'replied', channel: 'email', outcome: 'positive' }));
    expect(replied.issues.map((i) => i.code)).toEqual(['channelOnlyForSent', 'outcomeOnlyForClosed']);
    expect((await failure(callTracking(s.t, 'tracking.record', { ...base, kind: 'follow_up' }))).message).toContain('a follow-up needs a due date');
    expect((await failure(callTracking(s.t, 'tracking.record', { ...base, kind: 'closed' }))).issues[0].code).toBe('outcomeRequired');
    expect((await failure(callTracking(s.t, 'tracking.record', { ...base, kind: 'sent', channel: 'post', occurredOn: '2026-13-01' }))).issues).toEqual([
      { path: ['occurredOn'], code: 'date' },
    ]);
    expect((await failure(callTracking(s.t, 'tracking.record', { ...base, kind: 'drafted' }))).issues[0].path).toEqual(['kind']);
  });

  it('flags dates in the future or before the campaign, and keeps them when confirmed', async () => {
    const base = { campaignId: s.campaign.id, recipientId: s.spain.id, kind: 'sent', channel: 'email' };
    const future = await failure(callTracking(s.t, 'tracking.record', { ...base, occurredOn: day(50) }));
    expect(future.message).toBe(`Please check the event: ${day(50)} is 5 day(s) in the future; check the date, or confirm it if it is right.`);
    expect((await failure(callTracking(s.t, 'tracking.record', { ...base, occurredOn: day(-30) }))).issues).toEqual([
      { path: ['occurredOn'], code: 'dateBeforeCampaign' },
    ]);
    const kept = await callTracking(s.t, 'tracking.record', { ...base, occurredOn: day(-30), confirmDate: true });
    expect(kept.occurredOn).toBe(day(-30));
    expect(recentActivity(s.t.workspace.db(), 1)[0].summary).toContain('unusual date confirmed');
  });

  it('corrects and undoes by appending rows; the log itself cannot be changed', async () => {
    const db = s.t.workspace.db();
    const sent = await callTracking(s.t, 'tracking.record', {
      campaignId: s.campaign.id,
      recipientId: s.spain.id,
      kind: 'sent',
      occurredOn: day(10),
      channel: 'post',
    });
    const fixed = await callTracking(s.t, 'tracking.correct', { eventId: sent.id, fields: { occurredOn: day(7), channel: 'email', note: 'it went by email' } });
    expect(fixed).toMatchObject({ kind: 'sent', supersedesId: sent.id, occurredOn: day(7), channel: 'email', effective: true });
    expect((await failure(callTracking(s.t, 'tracking.correct', { eventId: sent.id, fields: { occurredOn: day(8), channel: 'fax' } }))).message).toBe(
      'That event was already corrected or undone: change its latest version instead.',
    );

    const status = await callTracking(s.t, 'tracking.status', { campaignId: s.campaign.id });
    expect(status.rows.find((r) => r.recipientId === s.spain.id)).toMatchObject({ status: 'no_reply', contactedOn: day(7) });

    const undo = await callTracking(s.t, 'tracking.undo', { eventId: fixed.id, note: 'not sent after all' });
    expect(undo).toMatchObject({ retracts: true, supersedesId: fixed.id, effective: false, occurredOn: TODAY });
    const after = await callTracking(s.t, 'tracking.status', { campaignId: s.campaign.id });
    expect(after.rows.find((r) => r.recipientId === s.spain.id)?.status).toBe('drafted');

    const log = await callTracking(s.t, 'tracking.events', { campaignId: s.campaign.id, recipientId: s.spain.id });
    expect(log.map((e) => [e.kind, e.effective, e.supersededBy])).toEqual([
      ['drafted', true, null],
      ['sent', false, undo.id],
      ['sent', false, fixed.id],
      ['sent', false, null],
    ]);
    expect(() => db.prepare("UPDATE contact_events SET kind = 'replied'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM contact_events WHERE id = ?').run(sent.id)).toThrow(/append-only/);
    const drafted = log[0];
    expect((await failure(callTracking(s.t, 'tracking.undo', { eventId: drafted.id }))).code).toBe('conflict');
  });
});

describe('attachments', () => {
  const reply = (attachment: unknown) => ({
    campaignId: s.campaign.id,
    recipientId: s.france.id,
    kind: 'replied',
    occurredOn: day(20),
    note: 'They will look into it',
    attachment,
  });

  it('keeps a PDF, DOCX, PNG or JPEG reply and gives it back', async () => {
    const png = await makePng(4, 4);
    for (const [fileName, content, mime] of [
      ['reply.pdf', pdf(), 'application/pdf'],
      ['reply.docx', docx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['scan.png', b64(png), 'image/png'],
      ['scan.JPG', b64(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])), 'image/jpeg'],
    ]) {
      const event = await callTracking(s.t, 'tracking.record', reply({ fileName: `C:\\scans\\${fileName}`, contentBase64: content }));
      expect(event.attachments).toEqual([{ id: expect.any(String), fileName, mime, size: Buffer.from(content, 'base64').length }]);
      const file = await callTracking(s.t, 'tracking.attachment', { id: event.attachments[0].id });
      expect(file).toMatchObject({ eventId: event.id, fileName, mime, contentBase64: content });
    }
    // A correction without a file keeps the one of the event it corrects.
    const [first] = (await callTracking(s.t, 'tracking.events', { recipientId: s.france.id })).filter((e) => e.kind === 'replied');
    const fixed = await callTracking(s.t, 'tracking.correct', { eventId: first.id, fields: { occurredOn: day(19), note: 'date fixed' } });
    expect(fixed.attachments).toEqual(first.attachments);
    expect(() => s.t.workspace.db().prepare('DELETE FROM attachments').run()).toThrow(/append-only/);
  });

  it('refuses a file it cannot show, or one over 50 MB, in plain words', async () => {
    const exe = await failure(callTracking(s.t, 'tracking.record', reply({ fileName: 'reply.exe', contentBase64: b64('MZ\x90\x00 this is not a letter') })));
    expect(exe.message).toBe('"reply.exe" is not a PDF, Word (DOCX), PNG or JPEG file, so Letterdesk could not show it. Save it as PDF and attach that.');
    expect(exe.issues).toEqual([{ path: ['attachment', 'contentBase64'], code: 'attachmentType' }]);
    const zip = await failure(
      callTracking(s.t, 'tracking.record', reply({ fileName: 'reply.docx', contentBase64: b64(zipSync({ 'a.txt': Buffer.from('x') })) })),
    );
    expect(zip.issues[0].code).toBe('attachmentType');
    const big = Buffer.alloc(50 * 1024 * 1024 + 1);
    big.write('%PDF-1.4');
    const tooBig = await failure(callTracking(s.t, 'tracking.record', reply({ fileName: 'huge.pdf', contentBase64: big.toString('base64') })));
    expect(tooBig.message).toBe('"huge.pdf" is 50.0 MB; an attachment can be at most 50 MB. Scan it at a lower resolution or attach fewer pages.');
    expect(s.t.workspace.db().prepare("SELECT count(*) FROM contact_events WHERE kind = 'replied'").pluck().get()).toBe(0);
  });
});

describe('one event read back', () => {
  it('getEvent gives exactly what the whole history gives for that event, after random records, corrections and undos with files', async () => {
    const db = () => s.t.workspace.db();
    const kinds = ['sent', 'replied', 'follow_up', 'acknowledged'] as const;
    const fieldsOf = (kind: (typeof kinds)[number], n: number, withFile: boolean) => ({
      kind,
      occurredOn: day(n % 40),
      channel: kind === 'sent' ? 'post' : null,
      dueOn: kind === 'follow_up' ? day((n % 40) + 10) : null,
      note: `n${n}`,
      attachment: withFile ? { fileName: `f${n}.pdf`, contentBase64: pdf() } : null,
      confirmDate: true,
    });
    const plan = fc.sample(
      fc.array(
        fc.record({ op: fc.constantFrom('record', 'correct', 'undo'), pick: fc.nat(), kind: fc.constantFrom(...kinds), file: fc.boolean(), pair: fc.nat() }),
        { minLength: 40, maxLength: 40 },
      ),
      { numRuns: 1, seed: 20261122 },
    )[0];
    const pairs = [
      { campaignId: s.campaign.id, recipientId: s.spain.id },
      { campaignId: s.other.id, recipientId: s.spain.id },
      { campaignId: s.campaign.id, recipientId: s.france.id },
    ];
    for (const [n, step] of plan.entries()) {
      const open = [s.spain.id, s.france.id]
        .flatMap((recipientId) => listEvents(db(), { recipientId }))
        .filter((e) => e.effective && e.kind !== 'drafted' && e.kind !== 'exported');
      if (step.op === 'record' || open.length === 0)
        await callTracking(s.t, 'tracking.record', { ...pairs[step.pair % pairs.length], ...fieldsOf(step.kind, n, step.file) });
      else if (step.op === 'correct')
        await callTracking(s.t, 'tracking.correct', { eventId: open[step.pick % open.length].id, fields: fieldsOf(step.kind, n, step.file) });
      else await callTracking(s.t, 'tracking.undo', { eventId: open[step.pick % open.length].id, note: 'undo' });
    }
    const all = [s.spain.id, s.france.id].flatMap((recipientId) => listEvents(db(), { recipientId }));
    // Every case occurs: corrected, undone, undos, corrections keeping the files of what they correct.
    expect(all.some((e) => e.retracts)).toBe(true);
    expect(all.some((e) => e.supersededBy !== null && !e.effective)).toBe(true);
    expect(
      all.some(
        (e) =>
          e.supersedesId !== null &&
          !e.retracts &&
          e.attachments.length > 0 &&
          db().prepare('SELECT count(*) FROM attachments WHERE event_id = ?').pluck().get(e.id) === 0,
      ),
    ).toBe(true);
    for (const event of all) expect(getEvent(db(), event.id)).toEqual(event);
    expect(getEvent(db(), '00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });
});

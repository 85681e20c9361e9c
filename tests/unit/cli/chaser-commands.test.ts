import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerChaserCommands } from '../../../electron/cli-commands/chaser-commands';
import { commandHarness } from '../../helpers/command-harness';
import { callTracking, D0, openTrackingWorkspace, type Setup } from '../tracking/tracking-test-helpers';

/*
 * `letterdesk chaser` on a commander program built as electron/cli.ts builds
 * it, against a real workspace folder; the commands run on the real today.
 */

let s: Setup;
beforeEach(async () => {
  s = await openTrackingWorkspace();
});
afterEach(() => s.t.cleanup());

const cli = () => commandHarness(s.t.dir, registerChaserCommands);

describe('letterdesk chaser', () => {
  it('drafts a chaser for a sent letter, then finds the same one again', async () => {
    await callTracking(s.t, 'tracking.record', { campaignId: s.campaign.id, recipientId: s.france.id, kind: 'sent', occurredOn: D0, channel: 'post' }, D0);
    s.t.workspace.close();
    const c = cli();
    expect(await c.run('chaser', '--campaign', 'eu prisoners 2026', '--recipient', '=jean ficticio')).toMatch(
      /^Drafted chaser EUF-\d{4}-0001 in the new campaign "Chaser: EU prisoners 2026" {2}\[draft [0-9a-f-]{36}\]\n$/,
    );
    expect(await c.run('chaser', '--campaign', s.campaign.id, '--recipient', s.france.id, '--template', 'reminder quoting our earlier letter')).toMatch(
      /^A chaser was already drafted and not yet sent: EUF-\d{4}-0001 in "Chaser: EU prisoners 2026"/,
    );
  });

  it('fails with one clear line', async () => {
    s.t.workspace.close();
    const c = cli();
    expect(await c.fail('chaser', '--campaign', 'EU prisoners 2026', '--recipient', 'Pedro Ficticio')).toMatch(
      /^The letter to Pedro Ficticio \(EU-\d{4}-\d{4}\) has not been exported or sent yet, so a chaser has no date to quote\. Export it or record when it was sent first\.$/,
    );
    expect(await c.fail('chaser', '--campaign', 'Nope', '--recipient', 'Pedro Ficticio')).toBe('no campaign called "Nope" (see "letterdesk campaigns list")');
    expect(await c.fail('chaser', '--campaign', 'EU prisoners 2026', '--recipient', 'Pedro Ficticio', '--template', 'Political prisoners')).toMatch(
      /^no chaser template called "Political prisoners"; chaser templates: "Reminder quoting our earlier letter"$/,
    );
    expect(await c.fail('chaser', '--campaign', 'EU prisoners 2026')).toBe('usage: chaser needs --campaign and --recipient (or --add-example)');
    expect(await c.run('chaser', '--add-example')).toMatch(/^Chaser template "Reminder quoting our earlier letter" is in the workspace/);
  });
});

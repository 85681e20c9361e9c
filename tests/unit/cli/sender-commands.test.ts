import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commandHarness } from '../../helpers/command-harness';
import { registerSenderCommands } from '../../../electron/cli-commands/sender-commands';
import { tempDirsRemovedAfterEach } from '../../helpers/workspace-per-test';
import { makePng } from '../senders/sender-test-helpers';

/*
 * The sender commands on a commander program and a CliContext built here the
 * way electron/cli.ts builds them, against a real workspace folder.
 */

const tempDir = tempDirsRemovedAfterEach(afterEach);
const fixture = path.join(__dirname, '..', '..', 'fixtures', 'images', 'not-an-image.png');

const cli = (dataDir: string) => commandHarness(dataDir, registerSenderCommands);

async function writePng(dir: string, name: string, width: number, height: number): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await makePng(width, height));
  return file;
}

describe('letterdesk org', () => {
  it('sets the organisation with a logo and shows it', async () => {
    const dir = tempDir();
    const logo = await writePng(dir, 'logo.png', 3200, 800);
    const set = await cli(dir).run(
      'org',
      'set',
      '--name',
      'Human Rights League',
      '--address',
      'Rue de la Paix 1\\n1201 Geneva',
      '--place',
      'Geneva',
      '--paper',
      'Letter',
      '--logo',
      logo,
    );
    expect(set).toContain('Saved the organisation.');
    expect(await cli(dir).run('org', 'show')).toBe(
      [
        'Name:     Human Rights League',
        'Address:  Rue de la Paix 1',
        '          1201 Geneva',
        'Contacts: (not set)',
        'Place:    Geneva',
        'Paper:    Letter',
        'Logo:     1600 × 400 px',
        '',
      ].join('\n'),
    );
    const json = JSON.parse(await cli(dir).run('--json', 'org', 'show'));
    expect(json).toMatchObject({
      name: 'Human Rights League',
      address: 'Rue de la Paix 1\n1201 Geneva',
      paperSize: 'Letter',
      logo: { width: 1600, height: 400 },
    });

    await cli(dir).run('org', 'set', '--no-logo');
    expect(JSON.parse(await cli(dir).run('--json', 'org', 'show'))).toMatchObject({ name: 'Human Rights League', logo: null });
  });

  it('says when there is no organisation yet, and when there is nothing to change', async () => {
    const dir = tempDir();
    expect(await cli(dir).run('org', 'show')).toMatch(/^No organisation yet\. Set it up with: letterdesk org set/);
    expect(await cli(dir).fail('org', 'set')).toMatch(/^nothing to change: give --name/);
  });

  it('refuses a text file named .png, a 30 MB image and a missing file, storing nothing', async () => {
    const dir = tempDir();
    expect(await cli(dir).fail('org', 'set', '--name', 'X', '--logo', fixture)).toBe(`${fixture}: This file is not a PNG or JPEG image.`);
    const huge = path.join(dir, 'huge.png');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 30 * 1024 * 1024); // sparse: the size is checked before reading
    expect(await cli(dir).fail('org', 'set', '--logo', huge)).toMatch(
      new RegExp(`^${huge.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: This image is 30 MB; Letterdesk accepts images up to 20 MB\\.`),
    );
    expect(await cli(dir).fail('org', 'set', '--logo', path.join(dir, 'nope.png'))).toMatch(/^cannot read .*nope\.png: no such file$/);
    expect(await cli(dir).run('org', 'show')).toMatch(/^No organisation yet/);
  });

  it('refuses a paper size it does not know and a name too long', async () => {
    const dir = tempDir();
    expect(await cli(dir).fail('org', 'set', '--paper', 'A5')).toMatch(/^usage: .*Allowed choices are A4, Letter/);
    expect(await cli(dir).fail('org', 'set', '--name', 'x'.repeat(201))).toBe('please check the input: --name is too long.');
  });
});

describe('letterdesk signers and endorsers', () => {
  it('adds a signer with a signature and lists them', async () => {
    const dir = tempDir();
    const signature = await writePng(dir, 'signature.png', 2400, 800);
    const added = await cli(dir).run('signers', 'add', '--name', 'Ana Pérez', '--title', 'Executive Director', '--signature', signature);
    expect(added).toMatch(/^Added [0-9a-f-]{36} {2}Ana Pérez — Executive Director {2}\(signature: 1200 × 400 px\)\n$/);
    await cli(dir).run('signers', 'add', '--name', 'Bo Lind');
    const listed = await cli(dir).run('signers', 'list');
    expect(
      listed
        .split('\n')
        .filter(Boolean)
        .map((l) => l.slice(38)),
    ).toEqual(['Ana Pérez — Executive Director  (signature: 1200 × 400 px)', 'Bo Lind  (signature: none)']);
    const json = JSON.parse(await cli(dir).run('--json', 'signers', 'list'));
    expect(json.map((s: { name: string }) => s.name)).toEqual(['Ana Pérez', 'Bo Lind']);
  });

  it('refuses a signer without a name, or with an unreadable signature, adding nothing', async () => {
    const dir = tempDir();
    expect(await cli(dir).fail('signers', 'add', '--title', 'Director')).toMatch(/^usage: .*required option '--name <text>' not specified/);
    expect(await cli(dir).fail('signers', 'add', '--name', '  ')).toBe('please check the input: --name is required.');
    expect(await cli(dir).fail('signers', 'add', '--name', 'Ana', '--signature', fixture)).toBe(`${fixture}: This file is not a PNG or JPEG image.`);
    expect(await cli(dir).run('signers', 'list')).toBe('No signers yet.\n');
  });

  it('adds endorsers by country code or name, and lists them by status', async () => {
    const dir = tempDir();
    expect(await cli(dir).run('endorsers', 'add', '--name', 'Ligue des droits', '--country', 'France', '--status', 'agreed')).toMatch(
      /^Added [0-9a-f-]{36} {2}Ligue des droits, France {2}\[agreed\]\n$/,
    );
    await cli(dir).run('endorsers', 'add', '--name', 'Global Network');
    expect(await cli(dir).run('endorsers', 'list')).toMatch(/Global Network {2}\[asked\]\n.*Ligue des droits, France {2}\[agreed\]\n$/);
    const agreed = JSON.parse(await cli(dir).run('--json', 'endorsers', 'list', '--status', 'agreed'));
    expect(agreed).toEqual([expect.objectContaining({ name: 'Ligue des droits', countryCode: 'FR', status: 'agreed' })]);
  });

  it('refuses an unknown country or status', async () => {
    const dir = tempDir();
    expect(await cli(dir).fail('endorsers', 'add', '--name', 'X', '--country', 'Atlantis')).toBe(
      'unknown country "Atlantis". Use an ISO code such as FR, or a name such as France.',
    );
    expect(await cli(dir).fail('endorsers', 'add', '--name', 'X', '--status', 'maybe')).toMatch(/^usage: .*Allowed choices are asked, agreed, declined/);
    expect(await cli(dir).run('endorsers', 'list')).toBe('No endorsers yet.\n');
  });
});
